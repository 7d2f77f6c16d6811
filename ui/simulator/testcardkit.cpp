#include "simulator/testcardkit.h"

#include "widgets/uilog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace voicepay::ui {

namespace {
bool digitsOnly(const QString& s, int minLength, int maxLength)
{
    if (s.size() < minLength || s.size() > maxLength) {
        return false;
    }
    for (QChar c : s) {
        if (c < u'0' || c > u'9') {
            return false;
        }
    }
    return true;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("voicepay::ui::TestCardKit", text);
}
} // namespace

const TestCardKit& TestCardKit::standard()
{
    static const TestCardKit kit = [] {
        QFile file(QStringLiteral(":/testcards/testcards.json"));
        QString why;
        std::optional<TestCardKit> k;
        if (file.open(QIODevice::ReadOnly)) {
            k = fromJson(file.readAll(), &why);
        } else {
            why = file.errorString();
        }
        if (!k) {
            qCWarning(lcUi) << "the test-card kit could not be read:" << why;
            return TestCardKit();
        }
        return *k;
    }();
    return kit;
}

std::optional<TestCardKit> TestCardKit::fromJson(const QByteArray& data, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<TestCardKit> {
        if (error) {
            *error = why;
        }
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(tr("not a JSON object"));
    }
    TestCardKit kit;
    const QJsonArray cards = doc.object().value(QStringLiteral("cards")).toArray();
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const QJsonObject o = cards.at(i).toObject();
        TestCard c { o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("label")).toString(),
            o.value(QStringLiteral("brand")).toString(), o.value(QStringLiteral("outcome")).toString(),
            o.value(QStringLiteral("number")).toString(), o.value(QStringLiteral("expiry")).toString(),
            o.value(QStringLiteral("securityCode")).toString() };
        if (c.id.isEmpty() || !digitsOnly(c.number, 12, 19) || !digitsOnly(c.expiry, 4, 4)
            || !digitsOnly(c.securityCode, 3, 4)) {
            return fail(tr(
                "cards[%1]: needs an id, a number of 12 to 19 digits, an MMYY expiry and a 3 or 4 digit code")
                            .arg(i));
        }
        kit.m_cards << c;
    }
    const QJsonObject pins = doc.object().value(QStringLiteral("demoPins")).toObject();
    for (auto it = pins.begin(); it != pins.end(); ++it) {
        if (!digitsOnly(it.value().toString(), 4, 8)) {
            return fail(tr("demoPins.%1: must be 4 to 8 digits").arg(it.key()));
        }
        kit.m_pins.insert(it.key(), it.value().toString());
    }
    return kit;
}

const TestCard* TestCardKit::find(const QString& id) const
{
    for (const TestCard& c : m_cards) {
        if (c.id == id) {
            return &c;
        }
    }
    return nullptr;
}

QStringList TestCardKit::publishedValues() const
{
    QStringList out;
    for (const TestCard& c : m_cards) {
        out << c.number << c.securityCode;
    }
    for (auto it = m_pins.begin(); it != m_pins.end(); ++it) {
        out << it.value();
    }
    out.removeDuplicates();
    return out;
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
        return m_pins.value(accountId);
    case Step::AccountNumber:
        return accountId.isEmpty() ? QString() : accountId + u'#';
    default:
        return QString();
    }
}

} // namespace voicepay::ui
