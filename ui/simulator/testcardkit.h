#pragma once

#include "flow/step.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace voicepay::ui {

// One published test card and the outcome it gives on the sandbox.
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

// The test-card kit: published sandbox cards per brand and outcome, and the demo directory's PINs, read from
// resources/testcards/testcards.json. These values are public test data, never cardholder data.
class TestCardKit
{
public:
    static const TestCardKit& standard(); // the kit compiled into the console
    static std::optional<TestCardKit> fromJson(const QByteArray& data, QString* error);

    const QList<TestCard>& cards() const { return m_cards; }
    const TestCard* find(const QString& id) const;
    QString demoPin(const QString& accountId) const { return m_pins.value(accountId); }
    // Every number, code and PIN of the kit: the values a recorded scenario may contain.
    QStringList publishedValues() const;
    // The keys the caller would press for `step` with this card: empty when the kit has nothing to key there.
    QString keysFor(const TestCard& card, Step step, const QString& accountId) const;

private:
    QList<TestCard> m_cards;
    QHash<QString, QString> m_pins;
};

} // namespace voicepay::ui
