#include "voiceinput.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

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

int monthWord(const QString& w)
{
    static const char* const names[] = { "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december" };
    for (int i = 0; i < 12; ++i) {
        const QLatin1String name(names[i]);
        if (w == name || (w.size() >= 3 && name.startsWith(w))) {
            return i + 1;
        }
    }
    return -1;
}

int tensWord(const QString& w)
{
    static const char* const names[]
        = { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };
    for (int i = 0; i < 8; ++i) {
        if (w == QLatin1String(names[i])) {
            return 20 + 10 * i;
        }
    }
    return -1;
}

int teenWord(const QString& w)
{
    static const char* const names[] = { "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen" };
    for (int i = 0; i < 10; ++i) {
        if (w == QLatin1String(names[i])) {
            return 10 + i;
        }
    }
    return -1;
}

// Number words read as the groups a date is spoken in: "twenty twenty eight" -> 20, 28; "oh five" -> 5;
// "2028" -> 2028. Empty when a word is not a number.
QList<int> spokenGroups(const QStringList& ws)
{
    QList<int> groups;
    for (qsizetype i = 0; i < ws.size(); ++i) {
        const QString& w = ws.at(i);
        bool isNumber = false;
        const int n = w.toInt(&isNumber);
        if (isNumber && n >= 0) {
            groups << n;
        } else if (const int tens = tensWord(w); tens > 0) {
            const int unit = i + 1 < ws.size() ? digitWord(ws.at(i + 1)) : -1;
            groups << tens + std::max(unit, 0);
            i += unit > 0 ? 1 : 0;
        } else if (const int teen = teenWord(w); teen > 0) {
            groups << teen;
        } else if ((w == u"oh" || w == u"o") && i + 1 < ws.size() && digitWord(ws.at(i + 1)) > 0) {
            groups << digitWord(ws.at(++i));
        } else if (const int d = digitWord(w); d >= 0) {
            groups << d;
        } else if (w == u"thousand" && !groups.isEmpty()) {
            groups.last() *= 1000;
        } else if (w != u"and" && w != u"of") {
            return {};
        }
    }
    return groups;
}

// The two-digit year a list of groups says: 2028, "20 28", "two thousand 28" or "28".
int yearOf(const QList<int>& groups)
{
    if (groups.size() == 1 && groups.first() >= 2000 && groups.first() <= 2099) {
        return groups.first() - 2000;
    }
    if (groups.size() == 1 && groups.first() < 100) {
        return groups.first();
    }
    if (groups.size() == 2 && (groups.first() == 20 || groups.first() == 2000) && groups.last() < 100) {
        return groups.last();
    }
    return -1;
}

} // namespace

std::optional<QString> VoiceInput::expiry(const QString& utterance)
{
    if (const auto keys = digits(utterance); keys && keys->size() == 4) {
        return keys;
    }
    QStringList ws = words(utterance);
    if (ws.isEmpty()) {
        return std::nullopt;
    }
    int month = monthWord(ws.first());
    if (month > 0) {
        ws.removeFirst();
    } else {
        // A month spoken as a number comes first: "twelve twenty eight", "oh five twenty nine".
        QList<int> groups = spokenGroups(ws);
        if (groups.size() < 2) {
            return std::nullopt;
        }
        month = groups.takeFirst();
        const int year = yearOf(groups);
        if (month < 1 || month > 12 || year < 0) {
            return std::nullopt;
        }
        return QStringLiteral("%1%2").arg(month, 2, 10, QLatin1Char('0')).arg(year, 2, 10, QLatin1Char('0'));
    }
    const int year = yearOf(spokenGroups(ws));
    if (year < 0) {
        return std::nullopt;
    }
    return QStringLiteral("%1%2").arg(month, 2, 10, QLatin1Char('0')).arg(year, 2, 10, QLatin1Char('0'));
}

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
