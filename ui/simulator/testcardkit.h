#pragma once

#include "cards/testcards.h"
#include "flow/step.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace voicepay::ui {

using voicepay::TestCard;

// The test-card kit: the core's test-card table (cards/testcards.h, read from
// resources/testcards/testcards.json) and what the caller would key with a card at each step. These values
// are public test data, never cardholder data.
class TestCardKit
{
public:
    static const TestCardKit& standard(); // the kit compiled into the core
    static std::optional<TestCardKit> fromJson(const QByteArray& data, QString* error);

    const QList<TestCard>& cards() const { return m_table.cards(); }
    const TestCard* find(const QString& id) const { return m_table.find(id); }
    QString demoPin(const QString& accountId) const { return m_table.demoPin(accountId); }
    // Every number, code and PIN of the kit: the values a recorded scenario may contain.
    QStringList publishedValues() const { return m_table.publishedValues(); }
    // The keys the caller would press for `step` with this card: empty when the kit has nothing to key there.
    QString keysFor(const TestCard& card, Step step, const QString& accountId) const;

private:
    explicit TestCardKit(TestCards table)
        : m_table(std::move(table))
    {
    }

    TestCards m_table;
};

} // namespace voicepay::ui
