#include "voiceinput.h"

#include <QRegularExpression>
#include <QStringList>

namespace voicepay {

namespace {

QStringList words(const QString& utterance)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,.;:!?-]+"));
    return utterance.toLower().split(separators, Qt::SkipEmptyParts);
}

int digitWord(const QString& w)
{
    static const char* const names[]
        = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" };
    for (int i = 0; i < 10; ++i) {
        if (w == QLatin1String(names[i])) {
            return i;
        }
    }
    if (w == u"oh" || w == u"o" || w == u"nought") {
        return 0;
    }
    return -1;
}

std::optional<QString> menu(const QString& utterance, const QList<QPair<QStringList, QString>>& choices)
{
    const QStringList ws = words(utterance);
    if (ws.isEmpty()) {
        return std::nullopt;
    }
    const QString joined = ws.join(QLatin1Char(' '));
    std::optional<QString> found;
    for (const auto& [phrases, key] : choices) {
        for (const QString& phrase : phrases) {
            const bool hit = phrase.contains(QLatin1Char(' '))
                ? QString(QLatin1Char(' ') + joined + QLatin1Char(' '))
                      .contains(QString(QLatin1Char(' ') + phrase + QLatin1Char(' ')))
                : ws.contains(phrase);
            if (hit) {
                if (found && *found != key) {
                    return std::nullopt; // "yes no": ambiguous
                }
                found = key;
            }
        }
    }
    return found;
}

} // namespace

std::optional<QString> VoiceInput::digits(const QString& utterance)
{
    const QStringList ws = words(utterance);
    if (ws.isEmpty()) {
        return std::nullopt;
    }
    QString out;
    int repeat = 1;
    for (const QString& w : ws) {
        if (w == u"double") {
            repeat = 2;
            continue;
        }
        if (w == u"triple") {
            repeat = 3;
            continue;
        }
        if (w == u"point" || w == u"dot") {
            out += QLatin1Char('*');
            repeat = 1;
            continue;
        }
        const int d = digitWord(w);
        if (d >= 0) {
            out += QString(QChar(u'0' + d)).repeated(repeat);
        } else {
            bool allDigits = !w.isEmpty();
            for (QChar c : w) {
                allDigits = allDigits && c.isDigit() && c.unicode() < 128;
            }
            if (!allDigits || repeat != 1) {
                return std::nullopt;
            }
            out += w;
        }
        repeat = 1;
    }
    if (repeat != 1 || out.isEmpty()) {
        return std::nullopt;
    }
    return out;
}

std::optional<QString> VoiceInput::yesNo(const QString& utterance)
{
    return menu(utterance, menuChoices(Step::Confirm));
}

std::optional<QString> VoiceInput::amountChoice(const QString& utterance)
{
    return menu(utterance, menuChoices(Step::AmountChoice));
}

std::optional<QString> VoiceInput::correctionItem(const QString& utterance)
{
    return menu(utterance, menuChoices(Step::CorrectionChoice));
}

QList<QPair<QStringList, QString>> VoiceInput::menuChoices(Step step)
{
    switch (step) {
    case Step::Confirm:
        return { { { QStringLiteral("yes"), QStringLiteral("yeah"), QStringLiteral("yep"),
                       QStringLiteral("correct"), QStringLiteral("right"), QStringLiteral("one"),
                       QStringLiteral("1") },
                     QStringLiteral("1") },
            { { QStringLiteral("no"), QStringLiteral("nope"), QStringLiteral("wrong"),
                  QStringLiteral("change"), QStringLiteral("two"), QStringLiteral("2") },
                QStringLiteral("2") } };
    case Step::AmountChoice:
        return { { { QStringLiteral("full"), QStringLiteral("balance"), QStringLiteral("everything"),
                       QStringLiteral("one"), QStringLiteral("1") },
                     QStringLiteral("1") },
            { { QStringLiteral("other"), QStringLiteral("another"), QStringLiteral("different"),
                  QStringLiteral("part"), QStringLiteral("two"), QStringLiteral("2") },
                QStringLiteral("2") } };
    case Step::CorrectionChoice:
        return { { { QStringLiteral("amount"), QStringLiteral("one"), QStringLiteral("1") },
                     QStringLiteral("1") },
            { { QStringLiteral("card number"), QStringLiteral("card"), QStringLiteral("two"),
                  QStringLiteral("2") },
                QStringLiteral("2") },
            { { QStringLiteral("expiry"), QStringLiteral("expiration"), QStringLiteral("date"),
                  QStringLiteral("three"), QStringLiteral("3") },
                QStringLiteral("3") },
            { { QStringLiteral("security code"), QStringLiteral("code"), QStringLiteral("cvv"),
                  QStringLiteral("four"), QStringLiteral("4") },
                QStringLiteral("4") } };
    default:
        return {};
    }
}

} // namespace voicepay
