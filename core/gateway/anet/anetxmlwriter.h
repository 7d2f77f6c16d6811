#pragma once

#include <QByteArray>
#include <QString>
#include <string_view>

namespace voicepay {

// An append-only XML writer into one buffer reserved up front. Requests carry card digits, so the buffer must
// never reallocate (a reallocation leaves a copy behind in freed memory): a document that would outgrow the
// reservation is wiped and reported as failed instead. The buffer is wiped on destruction unless taken.
class AnetXmlWriter
{
public:
    static constexpr qsizetype reservedBytes = 16 * 1024;

    AnetXmlWriter();
    ~AnetXmlWriter();
    AnetXmlWriter(const AnetXmlWriter&) = delete;
    AnetXmlWriter& operator=(const AnetXmlWriter&) = delete;

    void declaration();
    void start(std::string_view name, std::string_view xmlns = {});
    void end(std::string_view name);
    void element(std::string_view name, const QString& text);
    // Digits straight from a SensitiveDigits view: never through a QString.
    void digitsElement(std::string_view name, std::string_view digits);

    bool failed() const { return m_failed; }
    // The document; the caller owns it and must wipe it once sent.
    QByteArray take();

private:
    void raw(std::string_view bytes);
    void escaped(const QByteArray& utf8);

    QByteArray m_buffer;
    bool m_failed = false;
};

} // namespace voicepay
