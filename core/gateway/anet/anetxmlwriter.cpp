#include "anetxmlwriter.h"

#include "secure/securewipe.h"

namespace voicepay {

AnetXmlWriter::AnetXmlWriter()
{
    m_buffer.reserve(reservedBytes);
}

AnetXmlWriter::~AnetXmlWriter()
{
    if (!m_buffer.isEmpty()) {
        secureWipe(m_buffer.data(), static_cast<std::size_t>(m_buffer.size()));
    }
}

void AnetXmlWriter::raw(std::string_view bytes)
{
    if (m_failed) {
        return;
    }
    if (m_buffer.size() + static_cast<qsizetype>(bytes.size()) > m_buffer.capacity()) {
        secureWipe(m_buffer.data(), static_cast<std::size_t>(m_buffer.size()));
        m_buffer.clear();
        m_failed = true;
        return;
    }
    m_buffer.append(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

void AnetXmlWriter::escaped(const QByteArray& utf8)
{
    for (char c : utf8) {
        switch (c) {
        case '&':
            raw("&amp;");
            break;
        case '<':
            raw("&lt;");
            break;
        case '>':
            raw("&gt;");
            break;
        case '"':
            raw("&quot;");
            break;
        default:
            // Control characters other than tab and newlines are not allowed in XML 1.0 at all.
            if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                raw(" ");
            } else {
                raw(std::string_view(&c, 1));
            }
        }
    }
}

void AnetXmlWriter::declaration()
{
    raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
}

void AnetXmlWriter::start(std::string_view name, std::string_view xmlns)
{
    raw("<");
    raw(name);
    if (!xmlns.empty()) {
        raw(" xmlns=\"");
        raw(xmlns);
        raw("\"");
    }
    raw(">");
}

void AnetXmlWriter::end(std::string_view name)
{
    raw("</");
    raw(name);
    raw(">");
}

void AnetXmlWriter::element(std::string_view name, const QString& text)
{
    start(name);
    escaped(text.toUtf8());
    end(name);
}

void AnetXmlWriter::digitsElement(std::string_view name, std::string_view digits)
{
    start(name);
    raw(digits);
    end(name);
}

QByteArray AnetXmlWriter::take()
{
    if (m_failed) {
        return QByteArray();
    }
    return std::exchange(m_buffer, QByteArray());
}

} // namespace voicepay
