#include "spokennumbers.h"

namespace voicepay::SpokenNumbers {

namespace {

const char* const kSmall[]
    = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };
const char* const kTens[] = { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };
const char* const kMonths[] = { "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december" };

// "twenty eight" or "eight" or "fifteen" at words[i]: the value 0..99 and the words used.
std::optional<std::pair<int, int>> twoDigitsAt(const QStringList& words, qsizetype i)
{
    if (i >= words.size()) {
        return std::nullopt;
    }
    const int first = smallValue(words.at(i));
    if (first < 0) {
        return std::nullopt;
    }
    if (first >= 20 && i + 1 < words.size()) {
        const int unit = smallValue(words.at(i + 1));
        if (unit >= 1 && unit <= 9) {
            return std::make_pair(first + unit, 2);
        }
    }
    return std::make_pair(first, 1);
}

QString twoDigits(int value)
{
    return QString::number(value).rightJustified(2, QLatin1Char('0'));
}

} // namespace

int digitValue(const QString& word)
{
    if (word == u"oh") {
        return 0;
    }
    const int v = smallValue(word);
    return v >= 0 && v <= 9 ? v : -1;
}

int smallValue(const QString& word)
{
    for (int i = 0; i < 20; ++i) {
        if (word == QLatin1String(kSmall[i])) {
            return i;
        }
    }
    for (int i = 0; i < 8; ++i) {
        if (word == QLatin1String(kTens[i])) {
            return 20 + 10 * i;
        }
    }
    return -1;
}

int monthValue(const QString& word)
{
    for (int i = 0; i < 12; ++i) {
        if (word == QLatin1String(kMonths[i])) {
            return i + 1;
        }
    }
    return -1;
}

std::optional<int> cardinal(const QStringList& words)
{
    if (words.isEmpty()) {
        return std::nullopt;
    }
    int total = 0;
    int group = 0; // the part below a thousand
    int last = -1; // what the previous word was: 0 unit, 1 teen, 2 tens, 3 hundred, 4 thousand, 5 and
    for (const QString& w : words) {
        const int v = smallValue(w);
        if (w == u"and") {
            if (last != 3 && last != 4) {
                return std::nullopt;
            }
            last = 5;
        } else if (w == u"a") {
            group += 1; // "a hundred"
            last = 0;
        } else if (w == u"hundred") {
            if (group < 1 || group > 9 || last != 0) {
                return std::nullopt;
            }
            group *= 100;
            last = 3;
        } else if (w == u"thousand") {
            if (group < 1 || total != 0) {
                return std::nullopt;
            }
            total = group * 1000;
            group = 0;
            last = 4;
        } else if (v >= 0) {
            const int kind = v < 10 ? 0 : v < 20 ? 1 : 2;
            // a unit may follow tens ("twenty five"); nothing else may follow a unit, teen or tens
            const bool afterTens = last == 2 && kind == 0 && v > 0;
            if (last >= 0 && last <= 2 && !afterTens) {
                return std::nullopt;
            }
            if (v == 0 && (last >= 0 || total > 0)) {
                return std::nullopt;
            }
            group += v;
            last = kind;
        } else {
            return std::nullopt;
        }
    }
    if (last == 5) {
        return std::nullopt;
    }
    return total + group;
}

std::optional<int> shortYear(const QStringList& words)
{
    if (words.isEmpty()) {
        return std::nullopt;
    }
    // "two thousand (and) twenty eight", "twenty twenty eight"
    if (words.size() >= 2 && words.at(0) == u"two" && words.at(1) == u"thousand") {
        const qsizetype from = words.size() > 2 && words.at(2) == u"and" ? 3 : 2;
        const auto rest = twoDigitsAt(words, from);
        if (rest && from + rest->second == words.size()) {
            return rest->first;
        }
        return std::nullopt;
    }
    if (words.size() >= 2 && words.at(0) == u"twenty") {
        const auto rest = twoDigitsAt(words, 1);
        if (rest && 1 + rest->second == words.size() && rest->first >= 10) {
            return rest->first;
        }
    }
    // "oh five"
    if (words.size() == 2 && digitValue(words.at(0)) == 0) {
        const int d = digitValue(words.at(1));
        return d >= 0 ? std::optional<int>(d) : std::nullopt;
    }
    const auto yy = twoDigitsAt(words, 0);
    if (yy && yy->second == words.size() && yy->first >= 10) {
        return yy->first;
    }
    return std::nullopt;
}

std::optional<QString> expiryKeys(const QStringList& words)
{
    if (words.isEmpty()) {
        return std::nullopt;
    }
    // "one two two eight": four digits
    if (words.size() == 4) {
        QString keys;
        for (const QString& w : words) {
            const int d = digitValue(w);
            if (d < 0) {
                keys.clear();
                break;
            }
            keys += QChar(u'0' + d);
        }
        if (keys.size() == 4) {
            return keys;
        }
    }
    int month = monthValue(words.first());
    qsizetype next = 1;
    if (month > 0 && words.size() > 1 && words.at(1) == u"of") {
        next = 2;
    } else if (month < 0) {
        // "twelve ...", "oh one ...", "zero nine ..."
        const int first = digitValue(words.first());
        if (first == 0 && words.size() > 1 && digitValue(words.at(1)) > 0) {
            month = digitValue(words.at(1));
            next = 2;
        } else {
            month = smallValue(words.first());
        }
    }
    if (month < 1 || month > 12) {
        return std::nullopt;
    }
    const auto year = shortYear(words.mid(next));
    if (!year) {
        return std::nullopt;
    }
    return twoDigits(month) + twoDigits(*year);
}

std::optional<QString> amountUtterance(const QStringList& words, const QStringList& currencyWords)
{
    QStringList whole = words;
    QStringList fraction;
    bool point = false;
    const qsizetype p = words.indexOf(QStringLiteral("point"));
    qsizetype currency = -1;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (currencyWords.contains(words.at(i))) {
            currency = i;
            break;
        }
    }
    if (p >= 0) {
        whole = words.mid(0, p);
        fraction = words.mid(p + 1);
        point = true;
    } else if (currency >= 0) {
        whole = words.mid(0, currency);
        fraction = words.mid(currency + 1);
        if (!fraction.isEmpty() && fraction.first() == u"and") {
            fraction.removeFirst();
        }
        if (!fraction.isEmpty() && (fraction.last() == u"cents" || fraction.last() == u"cent")) {
            fraction.removeLast();
        }
    }
    const auto units = whole.isEmpty() && point ? std::optional<int>(0) : cardinal(whole);
    if (!units) {
        return std::nullopt;
    }
    QString out = QString::number(*units);
    if (point) {
        // "point five oh": each word a digit
        if (fraction.isEmpty() || fraction.size() > 2) {
            return std::nullopt;
        }
        out += QStringLiteral(" point ");
        for (const QString& w : std::as_const(fraction)) {
            const int d = digitValue(w);
            if (d < 0) {
                return std::nullopt;
            }
            out += QChar(u'0' + d);
        }
    } else if (!fraction.isEmpty()) {
        const auto cents = cardinal(fraction);
        if (!cents || *cents > 99) {
            return std::nullopt;
        }
        out += QStringLiteral(" point ") + twoDigits(*cents);
    }
    return out;
}

} // namespace voicepay::SpokenNumbers
