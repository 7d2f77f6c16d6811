#include "anetxmlparser.h"

#include "secure/sensitivedigits.h"

#include <QXmlStreamReader>

namespace voicepay {

AnetXmlParser::AnetXmlParser(Limits limits)
    : m_limits(limits)
{
}

void AnetXmlParser::divertDigits(const QString& elementName, SensitiveDigits* target)
{
    m_diverted.insert(elementName, target);
}

std::optional<AnetXmlNode> AnetXmlParser::parse(const QByteArray& data, QString* error) const
{
    auto fail = [this, error](const QString& why) {
        for (SensitiveDigits* target : m_diverted) {
            target->clear();
        }
        *error = why;
        return std::optional<AnetXmlNode>();
    };
    if (data.isEmpty()) {
        return fail(QStringLiteral("the message is empty"));
    }
    if (data.size() > m_limits.maxBytes) {
        return fail(QStringLiteral("the message is %1 bytes, over the limit of %2")
                        .arg(data.size())
                        .arg(m_limits.maxBytes));
    }
    for (SensitiveDigits* target : m_diverted) {
        target->clear();
    }
    const QString ns = QString::fromLatin1(anetNamespace);
    QXmlStreamReader reader(data);
    AnetXmlNode root;
    QList<AnetXmlNode*> stack;
    SensitiveDigits* divertTo = nullptr;
    int elements = 0;
    bool rootSeen = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        switch (token) {
        case QXmlStreamReader::DTD:
            return fail(
                QStringLiteral("the message carries a document type declaration (DTD), which is refused"));
        case QXmlStreamReader::EntityReference:
            return fail(QStringLiteral("the message uses an entity reference (&%1;), which is refused")
                            .arg(reader.name()));
        case QXmlStreamReader::StartElement: {
            if (++elements > m_limits.maxElements) {
                return fail(
                    QStringLiteral("the message has more than %1 elements").arg(m_limits.maxElements));
            }
            if (stack.size() >= m_limits.maxDepth) {
                return fail(
                    QStringLiteral("the message nests deeper than %1 elements").arg(m_limits.maxDepth));
            }
            if (reader.namespaceUri() != ns) {
                return fail(QStringLiteral("element <%1> is not in the gateway's namespace \"%2\"")
                                .arg(reader.name().toString(), ns));
            }
            if (divertTo) {
                return fail(QStringLiteral("a card field holds an element"));
            }
            AnetXmlNode* node = nullptr;
            if (stack.isEmpty()) {
                if (rootSeen) {
                    return fail(QStringLiteral("the message has more than one root element"));
                }
                rootSeen = true;
                node = &root;
            } else {
                stack.last()->children.append(AnetXmlNode());
                node = &stack.last()->children.last();
            }
            node->name = reader.name().toString();
            if (auto it = m_diverted.constFind(node->name); it != m_diverted.constEnd()) {
                divertTo = *it;
                divertTo->clear();
                node->redacted = true;
            }
            stack.append(node);
            break;
        }
        case QXmlStreamReader::EndElement:
            if (!stack.isEmpty()) {
                stack.removeLast();
            }
            divertTo = nullptr;
            break;
        case QXmlStreamReader::Characters:
            if (stack.isEmpty()) {
                break;
            }
            if (divertTo) {
                for (QChar c : reader.text()) {
                    if (c.isSpace()) {
                        continue;
                    }
                    if (c < QLatin1Char('0') || c > QLatin1Char('9')
                        || !divertTo->append(char(c.unicode()))) {
                        return fail(QStringLiteral("a card field holds something other than up to %1 digits")
                                        .arg(SensitiveDigits::capacity));
                    }
                }
                break;
            }
            if (stack.last()->text.size() + reader.text().size() > m_limits.maxTextChars) {
                return fail(QStringLiteral("element <%1> holds more than %2 characters")
                                .arg(stack.last()->name)
                                .arg(m_limits.maxTextChars));
            }
            stack.last()->text += reader.text();
            break;
        case QXmlStreamReader::Invalid:
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        return fail(QStringLiteral("the message is not well-formed XML: %1 (line %2, column %3)")
                        .arg(reader.errorString())
                        .arg(reader.lineNumber())
                        .arg(reader.columnNumber()));
    }
    if (!rootSeen) {
        return fail(QStringLiteral("the message has no root element"));
    }
    return root;
}

} // namespace voicepay
