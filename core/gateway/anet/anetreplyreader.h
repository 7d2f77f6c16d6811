#pragma once

#include "anetreply.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace voicepay {

// Reads a gateway reply under a size cap. Anything it cannot vouch for (not XML, a DTD or entity, an unknown
// root element, a missing or impossible field, an approval without a transaction id) is refused with a
// reason: the caller turns that into a technical error, never into an approval.
class AnetReplyReader
{
public:
    static constexpr qsizetype maxReplyBytes = 2 * 1024 * 1024;

    static std::optional<AnetReply> read(const QByteArray& data, QString* error);
};

} // namespace voicepay
