#include "sensitivedigits.h"

#include "securewipe.h"

namespace voicepay {

SensitiveDigits::~SensitiveDigits()
{
    clear();
}

SensitiveDigits::SensitiveDigits(SensitiveDigits&& other) noexcept
{
    assignFrom(std::move(other));
}

SensitiveDigits& SensitiveDigits::operator=(SensitiveDigits&& other) noexcept
{
    if (this != &other) {
        assignFrom(std::move(other));
    }
    return *this;
}

void SensitiveDigits::assignFrom(SensitiveDigits&& other)
{
    clear();
    m_data = other.m_data;
    m_size = other.m_size;
    other.clear();
}

SensitiveDigits SensitiveDigits::fromKeys(std::string_view keys)
{
    SensitiveDigits digits;
    for (char c : keys) {
        if (c >= '0' && c <= '9') {
            digits.append(c);
        }
    }
    return digits;
}

bool SensitiveDigits::append(char digit)
{
    if (digit < '0' || digit > '9' || m_size >= capacity) {
        return false;
    }
    m_data[static_cast<std::size_t>(m_size++)] = digit;
    return true;
}

void SensitiveDigits::removeLast()
{
    if (m_size > 0) {
        m_data[static_cast<std::size_t>(--m_size)] = 0;
        secureWipe(m_data.data() + m_size, 1);
    }
}

void SensitiveDigits::clear()
{
    secureWipe(m_data.data(), m_data.size());
    m_size = 0;
}

QString SensitiveDigits::lastFour() const
{
    const int n = m_size < 4 ? m_size : 4;
    return QString::fromLatin1(m_data.data() + (m_size - n), n);
}

QString SensitiveDigits::masked() const
{
    if (m_size == 0) {
        return QString();
    }
    return QString(QChar(0x2022)).repeated(4) + QLatin1Char(' ') + lastFour();
}

bool SensitiveDigits::equals(const SensitiveDigits& other) const
{
    return view() == other.view();
}

} // namespace voicepay
