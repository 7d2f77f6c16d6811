#pragma once

// The XML pieces every reply of the sandbox gateway shares. Private to the sandbox.
#include "anetxmlparser.h"
#include "anetxmlwriter.h"

#include <QDateTime>
#include <QString>

namespace voicepay::sandboxxml {

inline constexpr std::string_view ns = AnetXmlParser::anetNamespace;

inline QString timeUtc(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

inline QString timeLocal(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

inline void writeMessages(AnetXmlWriter& xml, bool ok, const QString& code, const QString& text)
{
    xml.start("messages");
    xml.element("resultCode", ok ? QStringLiteral("Ok") : QStringLiteral("Error"));
    xml.start("message");
    xml.element("code", code);
    xml.element("text", text);
    xml.end("message");
    xml.end("messages");
}

inline void writeStart(AnetXmlWriter& xml, std::string_view root, const QString& refId)
{
    xml.declaration();
    xml.start(root, ns);
    if (!refId.isEmpty()) {
        xml.element("refId", refId.left(20));
    }
}

inline QByteArray errorResponse(const QString& refId, const QString& code, const QString& text)
{
    AnetXmlWriter xml;
    writeStart(xml, "ErrorResponse", refId);
    writeMessages(xml, false, code, text);
    xml.end("ErrorResponse");
    return xml.take();
}

} // namespace voicepay::sandboxxml
