#include "testcards.h"

#include "cards/luhn.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcTestCards, "voicepay.core.cards")

namespace voicepay {

namespace {
constexpr const char* resourcePath = ":/voicepay/testcards/testcards.json";

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

TestCard cardFromJson(const QJsonObject& o)
{
    return TestCard { o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("label")).toString(),
        o.value(QStringLiteral("brand")).toString(), o.value(QStringLiteral("outcome")).toString(),
        o.value(QStringLiteral("number")).toString(), o.value(QStringLiteral("expiry")).toString(),
        o.value(QStringLiteral("securityCode")).toString() };
}

// The table compiled into the core, read by `parse` (fromJson or networkTestNumbersFromJson).
template <typename Parse> auto fromResource(Parse parse, QString* why) -> decltype(parse(QByteArray(), why))
{
    QFile file(QString::fromLatin1(resourcePath));
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return std::nullopt;
    }
    return parse(file.readAll(), why);
}
} // namespace

const TestCards& TestCards::standard()
{
    static const TestCards table = [] {
        QString why;
        const std::optional<TestCards> t = fromResource(&TestCards::fromJson, &why);
        if (!t) {
            qCWarning(lcTestCards) << "the test-card table could not be read:" << why;
            return TestCards();
        }
        return *t;
    }();
    return table;
}

// The messages keep the console kit's translation context, where the catalogue has them.
std::optional<TestCards> TestCards::fromJson(const QByteArray& data, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<TestCards> {
        if (error) {
            *error = why;
        }
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(QCoreApplication::translate("voicepay::ui::TestCardKit", "not a JSON object"));
    }
    TestCards table;
    const QJsonArray cards = doc.object().value(QStringLiteral("cards")).toArray();
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const TestCard c = cardFromJson(cards.at(i).toObject());
        if (c.id.isEmpty() || !digitsOnly(c.number, 12, 19) || !digitsOnly(c.expiry, 4, 4)
            || !digitsOnly(c.securityCode, 3, 4)) {
            return fail(QCoreApplication::translate("voicepay::ui::TestCardKit",
                "cards[%1]: needs an id, a number of 12 to 19 digits, an MMYY expiry and a 3 or 4 digit code")
                            .arg(i));
        }
        table.m_cards << c;
    }
    const QJsonObject pins = doc.object().value(QStringLiteral("demoPins")).toObject();
    for (auto it = pins.begin(); it != pins.end(); ++it) {
        if (!digitsOnly(it.value().toString(), 4, 8)) {
            return fail(
                QCoreApplication::translate("voicepay::ui::TestCardKit", "demoPins.%1: must be 4 to 8 digits")
                    .arg(it.key()));
        }
        table.m_pins.insert(it.key(), it.value().toString());
    }
    return table;
}

const TestCard* TestCards::find(const QString& id) const
{
    for (const TestCard& c : m_cards) {
        if (c.id == id) {
            return &c;
        }
    }
    return nullptr;
}

QStringList TestCards::publishedValues() const
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

const QList<TestCard>& TestCards::networkTestNumbers()
{
    static const QList<TestCard> numbers = [] {
        QString why;
        const std::optional<QList<TestCard>> n = fromResource(&TestCards::networkTestNumbersFromJson, &why);
        if (!n) {
            qCWarning(lcTestCards) << "the network test numbers could not be read:" << why;
            return QList<TestCard>();
        }
        return *n;
    }();
    return numbers;
}

std::optional<QList<TestCard>> TestCards::networkTestNumbersFromJson(const QByteArray& data, QString* error)
{
    const QJsonArray network
        = QJsonDocument::fromJson(data).object().value(QStringLiteral("networkTestNumbers")).toArray();
    QList<TestCard> out;
    for (qsizetype i = 0; i < network.size(); ++i) {
        const TestCard c = cardFromJson(network.at(i).toObject());
        if (!digitsOnly(c.number, 12, 19)) {
            if (error) {
                *error = QStringLiteral("networkTestNumbers[%1]: needs a number of 12 to 19 digits").arg(i);
            }
            return std::nullopt;
        }
        out << c;
    }
    return out;
}

bool TestCards::isPublishedNumber(std::string_view digits) const
{
    const QLatin1String d(digits.data(), qsizetype(digits.size()));
    auto same = [d](const TestCard& c) { return c.number == d; };
    return std::any_of(m_cards.begin(), m_cards.end(), same)
        || std::any_of(networkTestNumbers().begin(), networkTestNumbers().end(), same);
}

bool TestCards::isPublishedNumberPrefix(std::string_view digits) const
{
    const QLatin1String d(digits.data(), qsizetype(digits.size()));
    auto starts = [d](const TestCard& c) { return c.number.startsWith(d); };
    return std::any_of(m_cards.begin(), m_cards.end(), starts)
        || std::any_of(networkTestNumbers().begin(), networkTestNumbers().end(), starts);
}

const TestCard* TestCards::withOutcome(const QString& outcome) const
{
    for (const TestCard& c : m_cards) {
        if (c.outcome == outcome) {
            return &c;
        }
    }
    return nullptr;
}

QString TestCards::sandboxOutcome(std::string_view number) const
{
    const QLatin1String digits(number.data(), qsizetype(number.size()));
    for (const TestCard& c : m_cards) {
        if (c.number == digits && testcards::gatewayOutcomes().contains(c.outcome)) {
            return c.outcome;
        }
    }
    return QStringLiteral("approve");
}

namespace testcards {

QString luhnComplete(const QString& prefix, int length)
{
    QString body = prefix.leftJustified(length - 1, QLatin1Char('0'), true);
    const QByteArray latin = body.toLatin1();
    const char check
        = luhnCheckDigit(std::string_view(latin.constData(), static_cast<std::size_t>(latin.size())));
    return body + QLatin1Char(check);
}

QString breakLuhn(const QString& number)
{
    QString out = number;
    const int last = out.back().digitValue();
    out.back() = QChar(u'0' + (last + 1) % 10);
    return out;
}

const QStringList& gatewayOutcomes()
{
    static const QStringList outcomes { QStringLiteral("declined"), QStringLiteral("insufficient_funds"),
        QStringLiteral("expired_card"), QStringLiteral("security_code_mismatch"),
        QStringLiteral("processing_error"), QStringLiteral("held_for_review") };
    return outcomes;
}

} // namespace testcards

} // namespace voicepay
