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

namespace {

// One message being read: the tree built so far, and the card field whose digits go to SensitiveDigits
// instead of the tree. Each step returns false with the reason when the message is refused.
class ParseState
{
public:
    ParseState(
        const QByteArray& data, const AnetXmlLimits& limits, const QHash<QString, SensitiveDigits*>& diverted)
        : reader(data)
        , m_limits(limits)
        , m_diverted(diverted)
        , m_ns(QString::fromLatin1(AnetXmlParser::anetNamespace))
    {
    }

    bool startElement(QString* why)
    {
        if (++m_elements > m_limits.maxElements) {
            *why = QStringLiteral("the message has more than %1 elements").arg(m_limits.maxElements);
            return false;
        }
        if (m_stack.size() >= m_limits.maxDepth) {
            *why = QStringLiteral("the message nests deeper than %1 elements").arg(m_limits.maxDepth);
            return false;
        }
        if (reader.namespaceUri() != m_ns) {
            *why = QStringLiteral("element <%1> is not in the gateway's namespace \"%2\"")
                       .arg(reader.name().toString(), m_ns);
            return false;
        }
        if (m_divertTo) {
            *why = QStringLiteral("a card field holds an element");
            return false;
        }
        AnetXmlNode* node = nullptr;
        if (m_stack.isEmpty()) {
            if (rootSeen) {
                *why = QStringLiteral("the message has more than one root element");
                return false;
            }
            rootSeen = true;
            node = &root;
        } else {
            m_stack.last()->children.append(AnetXmlNode());
            node = &m_stack.last()->children.last();
        }
        node->name = reader.name().toString();
        if (auto it = m_diverted.constFind(node->name); it != m_diverted.constEnd()) {
            m_divertTo = *it;
            m_divertTo->clear();
            node->redacted = true;
        }
        m_stack.append(node);
        return true;
    }

    void endElement()
    {
        if (!m_stack.isEmpty()) {
            m_stack.removeLast();
        }
        m_divertTo = nullptr;
    }

    bool characters(QString* why)
    {
        if (m_stack.isEmpty()) {
            return true;
        }
        if (m_divertTo) {
            return divertedDigits(why);
        }
        if (m_stack.last()->text.size() + reader.text().size() > m_limits.maxTextChars) {
            *why = QStringLiteral("element <%1> holds more than %2 characters")
                       .arg(m_stack.last()->name)
                       .arg(m_limits.maxTextChars);
            return false;
        }
        m_stack.last()->text += reader.text();
        return true;
    }

    QXmlStreamReader reader;
    AnetXmlNode root;
    bool rootSeen = false;

private:
    // A card field's text goes digit by digit into its SensitiveDigits, never into a QString.
    bool divertedDigits(QString* why)
    {
        for (QChar c : reader.text()) {
            if (c.isSpace()) {
                continue;
            }
            if (c < QLatin1Char('0') || c > QLatin1Char('9') || !m_divertTo->append(char(c.unicode()))) {
                *why = QStringLiteral("a card field holds something other than up to %1 digits")
                           .arg(SensitiveDigits::capacity);
                return false;
            }
        }
        return true;
    }

    const AnetXmlLimits& m_limits;
    const QHash<QString, SensitiveDigits*>& m_diverted;
    const QString m_ns;
    QList<AnetXmlNode*> m_stack;
    SensitiveDigits* m_divertTo = nullptr;
    int m_elements = 0;
};

} // namespace

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
    ParseState state(data, m_limits, m_diverted);
    QXmlStreamReader& reader = state.reader;
    QString why;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            return fail(
                QStringLiteral("the message carries a document type declaration (DTD), which is refused"));
        case QXmlStreamReader::EntityReference:
            return fail(QStringLiteral("the message uses an entity reference (&%1;), which is refused")
                            .arg(reader.name()));
        case QXmlStreamReader::StartElement:
            if (!state.startElement(&why)) {
                return fail(why);
            }
            break;
        case QXmlStreamReader::EndElement:
            state.endElement();
            break;
        case QXmlStreamReader::Characters:
            if (!state.characters(&why)) {
                return fail(why);
            }
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
    if (!state.rootSeen) {
        return fail(QStringLiteral("the message has no root element"));
    }
    return std::move(state.root);
}

} // namespace voicepay
