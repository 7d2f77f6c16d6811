#include "simulator/testcardkit.h"

namespace voicepay::ui {

const TestCardKit& TestCardKit::standard()
{
    static const TestCardKit kit(TestCards::standard());
    return kit;
}

std::optional<TestCardKit> TestCardKit::fromJson(const QByteArray& data, QString* error)
{
    auto table = TestCards::fromJson(data, error);
    if (!table) {
        return std::nullopt;
    }
    return TestCardKit(std::move(*table));
}

QString TestCardKit::keysFor(const TestCard& card, Step step, const QString& accountId) const
{
    switch (step) {
    case Step::CardNumber:
        return card.number + u'#';
    case Step::Expiry:
        return card.expiry;
    case Step::SecurityCode:
        return card.securityCode;
    case Step::Pin:
        return m_table.demoPin(accountId);
    case Step::AccountNumber:
        return accountId.isEmpty() ? QString() : accountId + u'#';
    default:
        return QString();
    }
}

} // namespace voicepay::ui
