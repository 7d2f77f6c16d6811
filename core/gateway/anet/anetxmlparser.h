#pragma once

#include "anetxmlnode.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>

namespace voicepay {

class SensitiveDigits;

struct AnetXmlLimits
{
    qsizetype maxBytes = 2 * 1024 * 1024;
    int maxDepth = 24;
    int maxElements = 60000;
    qsizetype maxTextChars = 8192;
};

// Reads one gateway message (a request on the server side, a reply on the client side) into a tree, under
// limits, with QXmlStreamReader. Refused with a clear reason: input over the size cap, anything that is not
// well-formed XML, a document type declaration (so no entity can be declared, let alone expanded), an entity
// reference, elements outside the gateway's namespace, too deep or too many elements.
class AnetXmlParser
{
public:
    static constexpr const char* anetNamespace = "AnetApi/xml/v1/schema/AnetApiSchema.xsd";

    using Limits = AnetXmlLimits;

    AnetXmlParser() = default;
    explicit AnetXmlParser(Limits limits);

    // The text of every element with this local name goes digit by digit into `target` instead of the tree
    // (card number, card code). A non-digit in it makes the parse fail, without quoting the text.
    void divertDigits(const QString& elementName, SensitiveDigits* target);

    std::optional<AnetXmlNode> parse(const QByteArray& data, QString* error) const;

private:
    Limits m_limits;
    QHash<QString, SensitiveDigits*> m_diverted;
};

} // namespace voicepay
