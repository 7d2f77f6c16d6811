#include "money/currency.h"
#include "prompts/promptlanguage.h"
#include "simcommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace voicepay::sim {

namespace {

const QString usage
    = QStringLiteral("usage: voicepay-sim say --lang LANG (--number N | --amount DECIMAL --currency "
                     "CODE | --date YYYY-MM | --digits D)");

struct SayRequest
{
    QString language;
    QString kind; // number, amount, date, digits
    QString value;
    QString currency;
};

bool parse(const QStringList& args, SayRequest& request, QString* error)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (i + 1 >= args.size()) {
            *error = a + QStringLiteral(" needs a value");
            return false;
        }
        const QString value = args.at(++i);
        if (a == u"--lang") {
            request.language = value;
        } else if (a == u"--currency") {
            request.currency = value.toUpper();
        } else if (a == u"--number" || a == u"--amount" || a == u"--date" || a == u"--digits") {
            if (!request.kind.isEmpty()) {
                *error = QStringLiteral("say one thing at a time: --number, --amount, --date or --digits");
                return false;
            }
            request.kind = a.mid(2);
            request.value = value;
        } else {
            *error = QStringLiteral("unknown option %1").arg(a);
            return false;
        }
    }
    if (request.language.isEmpty() || request.kind.isEmpty()) {
        *error = usage;
        return false;
    }
    if ((request.kind == u"amount") != !request.currency.isEmpty()) {
        *error = QStringLiteral("--currency goes with --amount, and --amount needs it");
        return false;
    }
    return true;
}

std::optional<Reading> read(const NumberReader& reader, const SayRequest& r, QString* error)
{
    if (r.kind == u"number") {
        static const QRegularExpression whole(QStringLiteral("^-?[0-9]{1,18}$"));
        if (!whole.match(r.value).hasMatch()) {
            *error = QStringLiteral("--number takes a whole number of at most 18 digits");
            return std::nullopt;
        }
        return reader.number(r.value.toLongLong());
    }
    if (r.kind == u"amount") {
        const auto currency = CurrencyTable::find(r.currency);
        if (!currency) {
            *error = QStringLiteral("unknown currency %1").arg(r.currency.left(8));
            return std::nullopt;
        }
        const auto money = Money::fromDecimalString(r.value, *currency, error);
        if (!money) {
            return std::nullopt;
        }
        return reader.amount(*money);
    }
    if (r.kind == u"date") {
        static const QRegularExpression date(QStringLiteral("^([0-9]{4})-([0-9]{2})$"));
        const auto m = date.match(r.value);
        const int month = m.captured(2).toInt();
        if (!m.hasMatch() || month < 1 || month > 12) {
            *error = QStringLiteral("--date takes a year and a month: YYYY-MM");
            return std::nullopt;
        }
        return reader.date(month, m.captured(1).toInt());
    }
    static const QRegularExpression keys(QStringLiteral("^[0-9*#]{1,64}$"));
    if (!keys.match(r.value).hasMatch()) {
        *error = QStringLiteral("--digits takes 1 to 64 of 0-9, * and #");
        return std::nullopt;
    }
    return reader.digits(r.value);
}

// Prints how a number, an amount, a date or a digit string is said in a language, with the prompt-set
// segments that say it, so that an outside tool can check a reading.
int runSay(const QStringList& args)
{
    SayRequest request;
    QString error;
    if (!parse(args, request, &error)) {
        return usageError(error);
    }
    const QString language = PromptLanguage::normalise(request.language);
    if (language.isEmpty()) {
        return usageError(PromptLanguage::refusal(request.language));
    }
    const auto reading = read(PromptLanguage::reader(language), request, &error);
    if (!reading) {
        return usageError(error);
    }
    QJsonArray segments;
    for (const SpokenWord& w : reading->words) {
        segments.append(QJsonObject { { QStringLiteral("id"), w.id }, { QStringLiteral("words"), w.words } });
    }
    QJsonObject o { { QStringLiteral("language"), language }, { QStringLiteral("kind"), request.kind },
        { QStringLiteral("input"), request.value }, { QStringLiteral("text"), reading->text() },
        { QStringLiteral("segments"), segments } };
    if (!request.currency.isEmpty()) {
        o.insert(QStringLiteral("currency"), request.currency);
    }
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace

int sayCommand(const QStringList& args)
{
    return runSay(args);
}

} // namespace voicepay::sim
