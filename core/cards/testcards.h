#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <string_view>

namespace voicepay {

// One published test card and the outcome it gives ("approve", a gateway outcome such as "declined" or
// "insufficient_funds", or a check the flow makes such as "luhn_failed").
struct TestCard
{
    QString id;
    QString label;
    QString brand;
    QString outcome;
    QString number;
    QString expiry; // MMYY, as keyed
    QString securityCode;
};

// The one table of test cards: resources/testcards/testcards.json, compiled into the core. The console's kit,
// the sandbox gateways' outcomes, the tests and the benchmarks all read it. These values are public test
// data, never cardholder data.
class TestCards
{
public:
    static const TestCards& standard();
    static std::optional<TestCards> fromJson(const QByteArray& data, QString* error);

    const QList<TestCard>& cards() const { return m_cards; }
    const TestCard* find(const QString& id) const;
    QString demoPin(const QString& accountId) const { return m_pins.value(accountId); }
    // Every number, code and PIN of the table: the values a recorded scenario may contain.
    QStringList publishedValues() const;
    // Further numbers the card networks and gateways publish for testing (brand and number only, the table's
    // "networkTestNumbers"): no scenario gives them an outcome, so they are not cards of the kit. Read on
    // first use only, so that a process that never asks (every run without --keep-tones) holds no card number
    // beyond the cards' own.
    static const QList<TestCard>& networkTestNumbers();
    static std::optional<QList<TestCard>> networkTestNumbersFromJson(const QByteArray& data, QString* error);
    // Whether `digits` is a number of the table (a card or a network test number), or the start of one: what
    // a call recorded with its keypad tones may contain. Compares without copying the digits.
    bool isPublishedNumber(std::string_view digits) const;
    bool isPublishedNumberPrefix(std::string_view digits) const;
    // The first card that gives `outcome` (the sandbox's cards: "declined", "insufficient_funds", ...).
    const TestCard* withOutcome(const QString& outcome) const;
    // The outcome the sandboxes give `number` ("approve" for any number the table gives no gateway outcome).
    // Compares without copying the digits.
    QString sandboxOutcome(std::string_view number) const;

private:
    QList<TestCard> m_cards;
    QHash<QString, QString> m_pins;
};

// Helpers that make test numbers of a given shape.
namespace testcards {
// Completes a prefix padded with zeros to `length` digits into a Luhn-valid number.
QString luhnComplete(const QString& prefix, int length);
// The same number with its last digit changed, so that it fails the Luhn check.
QString breakLuhn(const QString& number);
// The outcomes the sandboxes give a card number (not the flow's own checks).
const QStringList& gatewayOutcomes();
} // namespace testcards

} // namespace voicepay
