#pragma once

#include <QString>
#include <array>
#include <string_view>

namespace voicepay {

// The only type that holds a full card number, security code or PIN.
//
// A fixed in-place buffer: no heap copies, no implicit sharing, no conversion to QString or QVariant.
// Copying is disabled; moving wipes the source. Every clear, replacement and destruction wipes the bytes.
// What may leave it is the length, the last four digits and (for brand detection and Luhn) a view that
// does not outlive it.
class SensitiveDigits
{
public:
    static constexpr int capacity = 32;

    SensitiveDigits() = default;
    ~SensitiveDigits();
    SensitiveDigits(const SensitiveDigits&) = delete;
    SensitiveDigits& operator=(const SensitiveDigits&) = delete;
    SensitiveDigits(SensitiveDigits&& other) noexcept;
    SensitiveDigits& operator=(SensitiveDigits&& other) noexcept;

    // Builds from raw keys (tests, the scenario reader): non-digits are ignored.
    static SensitiveDigits fromKeys(std::string_view keys);

    bool append(char digit); // false when full or not a digit
    void removeLast();
    void clear(); // wipes
    void assignFrom(SensitiveDigits&& other);

    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Valid while this object lives and is not changed. Never store it.
    std::string_view view() const
    {
        return std::string_view(m_data.data(), static_cast<std::size_t>(m_size));
    }

    // The last four digits (or fewer for a short buffer): all that may be shown, logged or stored.
    QString lastFour() const;
    // "•••• 1111"-style mask with the given number of hidden positions.
    QString masked() const;
    bool equals(const SensitiveDigits& other) const;

private:
    std::array<char, capacity> m_data {};
    int m_size = 0;
};

} // namespace voicepay
