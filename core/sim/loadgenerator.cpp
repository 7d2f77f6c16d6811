#include "loadgenerator.h"

#include "cards/testcards.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace voicepay {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("LoadGenerator", text);
}

// Card numbers come from the one test-card helper: a prefix padded and completed with its Luhn check digit.
QString cardNumber(const QString& prefix, int length)
{
    return testcards::luhnComplete(prefix, length);
}

// The random numbers of one call: SplitMix64 keyed by the seed and the call's index, so call i depends on
// nothing else. Seeding a QRandomGenerator (a Mersenne Twister through a seed sequence) for every call cost
// more than the rest of the generator together.
class CallRandom
{
public:
    CallRandom(quint64 seed, qint64 index)
        : m_state(mix(seed ^ mix(quint64(index) + 0x9E3779B97F4A7C15ULL)))
    {
    }
    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        return mix(m_state);
    }
    // 0 <= value < n (n > 0), without the modulo's bias worth speaking of for these small n.
    int bounded(int n) { return int(((next() >> 32) * quint64(n)) >> 32); }
    double generateDouble() { return double(next() >> 11) * 0x1.0p-53; }

private:
    static quint64 mix(quint64 z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    quint64 m_state;
};

struct TestCard
{
    QString number;
    int codeLength;
};

TestCard goodCard(CallRandom& rng)
{
    switch (rng.bounded(4)) {
    case 0:
        return { cardNumber(QStringLiteral("5555"), 16), 3 };
    case 1:
        return { cardNumber(QStringLiteral("3782"), 15), 4 };
    case 2:
        return { cardNumber(QStringLiteral("6011"), 16), 3 };
    default:
        return { cardNumber(QStringLiteral("4111111111"), 16), 3 };
    }
}

// The sandbox's published declining cards (…0002 declined, …9995 insufficient funds, …0069 expired card,
// …0127 incorrect security code) and the processing error (…0119).
TestCard decliningCard(CallRandom& rng)
{
    static const char* const prefixes[]
        = { "400000000000000", "400000000000999", "400000000000006", "400000000000012" };
    return { cardNumber(QString::fromLatin1(prefixes[rng.bounded(4)]), 16), 3 };
}

TestCard errorCard()
{
    return { cardNumber(QStringLiteral("400000000000011"), 16), 3 };
}

// `n` random digits, then `end` if any.
QString digits(CallRandom& rng, int n, char16_t end = 0)
{
    QString s(n + (end ? 1 : 0), Qt::Uninitialized);
    for (int i = 0; i < n; ++i) {
        s[i] = QChar(u'0' + rng.bounded(10));
    }
    if (end) {
        s[n] = QChar(end);
    }
    return s;
}

// Two digits, with a leading zero: what QString::arg(v, 2, 10, '0') writes for 0 <= v < 100, without its
// locale machinery (about a thousand instructions a call).
void appendTwoDigits(QString& s, int v)
{
    s += QChar(u'0' + v / 10);
    s += QChar(u'0' + v % 10);
}

// The answers to a card's questions, from the card number to the confirmation.
QStringList cardAnswers(const TestCard& card, CallRandom& rng, const QDate& date)
{
    QString expiry;
    expiry.reserve(4);
    appendTwoDigits(expiry, 1 + rng.bounded(12));
    appendTwoDigits(expiry, (date.year() + 1 + rng.bounded(4)) % 100);
    return { card.number + QLatin1Char('#'), expiry, digits(rng, card.codeLength, u'#') };
}

// The caller's answers for one kind of call, question by question.
QStringList answersFor(const QString& k, CallRandom& rng, const QDate& date)
{
    QStringList answers;
    if (k == u"unidentified" || k == u"wrong_pin") {
        answers << QStringLiteral("10001#");
        if (k == u"wrong_pin") {
            answers << QStringLiteral("1111") << QStringLiteral("9999") << QStringLiteral("0000");
        } else {
            answers << QStringLiteral("2468");
        }
    }
    if (k == u"other_amount") {
        const int units = 1 + rng.bounded(200);
        const int tenths = rng.bounded(10);
        answers << QStringLiteral("2")
                << QString::number(units) + QLatin1Char('*') + QChar(u'0' + tenths) + QLatin1Char('#');
    } else {
        answers << QStringLiteral("1");
    }
    const TestCard good = goodCard(rng);
    if (k == u"declined_then_paid") {
        answers << cardAnswers(decliningCard(rng), rng, date) << QStringLiteral("1");
        answers << cardAnswers(good, rng, date) << QStringLiteral("1");
    } else if (k == u"declined_max") {
        for (int i = 0; i < 3; ++i) {
            answers << cardAnswers(decliningCard(rng), rng, date) << QStringLiteral("1");
        }
    } else if (k == u"processing_error") {
        answers << cardAnswers(errorCard(), rng, date) << QStringLiteral("1");
    } else if (k == u"wrong_digits") {
        answers << testcards::breakLuhn(good.number) + QLatin1Char('#') << cardAnswers(good, rng, date)
                << QStringLiteral("1");
    } else if (k == u"input_failed") {
        for (int i = 0; i < 3; ++i) {
            answers << testcards::breakLuhn(good.number) + QLatin1Char('#');
        }
    } else if (k == u"correction") {
        const TestCard other = goodCard(rng);
        answers << cardAnswers(good, rng, date) << QStringLiteral("2") << QStringLiteral("2")
                << other.number + QLatin1Char('#');
        if (other.codeLength != good.codeLength) {
            answers << digits(rng, other.codeLength, u'#');
        }
        answers << QStringLiteral("1");
    } else if (k == u"no_input") {
        answers << QString() << cardAnswers(good, rng, date) << QStringLiteral("1");
    } else if (k != u"wrong_pin") {
        answers << cardAnswers(good, rng, date) << QStringLiteral("1");
    }
    if (k == u"hangup") {
        answers = answers.mid(0, rng.bounded(int(answers.size())));
        answers << QStringLiteral("hangup");
    }
    return answers;
}

} // namespace

QStringList LoadMix::kinds()
{
    return { QStringLiteral("success"), QStringLiteral("other_amount"), QStringLiteral("declined_then_paid"),
        QStringLiteral("declined_max"), QStringLiteral("processing_error"), QStringLiteral("wrong_digits"),
        QStringLiteral("input_failed"), QStringLiteral("correction"), QStringLiteral("hangup"),
        QStringLiteral("no_input"), QStringLiteral("unidentified"), QStringLiteral("wrong_pin") };
}

LoadMix LoadMix::standard()
{
    LoadMix mix;
    const double weights[] = { 45, 8, 5, 2, 1, 6, 2, 5, 12, 3, 8, 3 };
    const QStringList names = kinds();
    for (qsizetype i = 0; i < names.size(); ++i) {
        mix.weights << qMakePair(names.at(i), weights[i]);
    }
    return mix;
}

std::optional<LoadMix> LoadMix::fromJson(const QByteArray& data, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (!doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
            ? translated(QT_TRANSLATE_NOOP("LoadGenerator", "the mix is not JSON: %1"))
                  .arg(parseError.errorString())
            : translated(QT_TRANSLATE_NOOP("LoadGenerator", "the mix is not a JSON object of weights"));
        return std::nullopt;
    }
    LoadMix mix;
    double total = 0;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!kinds().contains(it.key())) {
            *error = translated(QT_TRANSLATE_NOOP("LoadGenerator", "unknown call kind \"%1\" (known: %2)"))
                         .arg(it.key(), kinds().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (!it.value().isDouble() || it.value().toDouble() < 0) {
            *error = translated(
                QT_TRANSLATE_NOOP("LoadGenerator", "%1: the weight must be a number of at least 0"))
                         .arg(it.key());
            return std::nullopt;
        }
        mix.weights << qMakePair(it.key(), it.value().toDouble());
        total += it.value().toDouble();
    }
    if (total <= 0) {
        *error = translated(
            QT_TRANSLATE_NOOP("LoadGenerator", "the mix has no call kind with a weight above 0"));
        return std::nullopt;
    }
    return mix;
}

LoadGenerator::LoadGenerator(quint64 seed, LoadMix mix, qint64 fromMs, qint64 spanMs, qint64 calls)
    : m_seed(seed)
    , m_mix(std::move(mix))
    , m_fromMs(fromMs)
    , m_spanMs(spanMs)
    , m_calls(calls)
{
    for (const auto& w : std::as_const(m_mix.weights)) {
        m_totalWeight += w.second;
    }
}

QString LoadGenerator::pickKind(double r) const
{
    double acc = 0;
    for (const auto& w : m_mix.weights) {
        acc += w.second;
        if (r * m_totalWeight < acc) {
            return w.first;
        }
    }
    return m_mix.weights.isEmpty() ? QStringLiteral("success") : m_mix.weights.last().first;
}

GeneratedCall LoadGenerator::call(qint64 index) const
{
    CallRandom rng(m_seed, index);
    GeneratedCall call;
    call.kind = pickKind(rng.generateDouble());
    static const QUuid kNamespace(QStringLiteral("{6f1c2a52-8d0e-4f57-9a39-1b6a3c1e7d20}"));
    call.sessionId
        = QUuid::createUuidV5(kNamespace, QByteArray::number(m_seed) + ':' + QByteArray::number(index))
              .toString(QUuid::WithoutBraces);
    if (m_spanMs <= 0) {
        call.startMs = m_fromMs + index * 100;
    } else if (m_calls > 0) {
        call.startMs
            = m_fromMs + qint64((double(index) + rng.generateDouble()) * double(m_spanMs) / double(m_calls));
    } else {
        call.startMs = m_fromMs + qint64(rng.generateDouble() * double(m_spanMs));
    }
    const QDate date = QDateTime::fromMSecsSinceEpoch(call.startMs, Qt::UTC).date();

    Scenario& s = call.scenario;
    s.name = call.kind;
    s.date = date;
    s.call.accountId = QStringLiteral("10001");
    const int units = 5 + rng.bounded(495);
    s.call.amountDue = QString::number(units) + QLatin1Char('.');
    appendTwoDigits(s.call.amountDue, rng.bounded(100));
    s.call.paymentReference = QStringLiteral("INV-") + QString::number(index);
    s.call.identified = true;
    s.call.callType = rng.bounded(100) < 15 ? CallType::Conference : CallType::Ivr;

    if (call.kind == u"unidentified" || call.kind == u"wrong_pin") {
        s.call.identified = false;
    }
    const QStringList answers = answersFor(call.kind, rng, date);
    for (const QString& a : std::as_const(answers)) {
        ScenarioInput input;
        if (a == u"hangup") {
            input.kind = ScenarioInput::Kind::HangUp;
        } else if (a.isEmpty()) {
            input.kind = ScenarioInput::Kind::Timeout;
        } else {
            input.text = a;
        }
        s.inputs << input;
    }
    return call;
}

} // namespace voicepay
