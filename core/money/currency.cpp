#include "currency.h"

#include <QMutex>
#include <deque>

using namespace Qt::Literals::StringLiterals;

namespace voicepay {

namespace {

QList<Currency> buildTable()
{
    // Literals: the strings point into the program's read-only data, so copying a Currency touches no
    // reference counts. An amount holds a pointer to its entry here (intern()), not a copy.
    auto c = [](QString code, int decimals, QString name, QString plural, QString minor, QString minorPlural,
                 QString symbol) {
        return Currency { std::move(code), decimals, std::move(name), std::move(plural), std::move(minor),
            std::move(minorPlural), std::move(symbol) };
    };
    // Decimals follow the ISO 4217 minor-unit column.
    return {
        c(u"USD"_s, 2, u"US dollar"_s, u"US dollars"_s, u"cent"_s, u"cents"_s, u"$"_s),
        c(u"EUR"_s, 2, u"euro"_s, u"euros"_s, u"cent"_s, u"cents"_s, u"€"_s),
        c(u"GBP"_s, 2, u"pound sterling"_s, u"pounds sterling"_s, u"penny"_s, u"pence"_s, u"£"_s),
        c(u"CAD"_s, 2, u"Canadian dollar"_s, u"Canadian dollars"_s, u"cent"_s, u"cents"_s, u"CA$"_s),
        c(u"AUD"_s, 2, u"Australian dollar"_s, u"Australian dollars"_s, u"cent"_s, u"cents"_s, u"A$"_s),
        c(u"CHF"_s, 2, u"Swiss franc"_s, u"Swiss francs"_s, u"centime"_s, u"centimes"_s, u"CHF"_s),
        c(u"SEK"_s, 2, u"Swedish krona"_s, u"Swedish kronor"_s, u"öre"_s, u"öre"_s, u"kr"_s),
        c(u"INR"_s, 2, u"Indian rupee"_s, u"Indian rupees"_s, u"paisa"_s, u"paise"_s, u"₹"_s),
        c(u"MXN"_s, 2, u"Mexican peso"_s, u"Mexican pesos"_s, u"centavo"_s, u"centavos"_s, u"MX$"_s),
        c(u"BRL"_s, 2, u"Brazilian real"_s, u"Brazilian reais"_s, u"centavo"_s, u"centavos"_s, u"R$"_s),
        c(u"CNY"_s, 2, u"Chinese yuan"_s, u"Chinese yuan"_s, u"fen"_s, u"fen"_s, u"¥"_s),
        c(u"RUB"_s, 2, u"Russian ruble"_s, u"Russian rubles"_s, u"kopeck"_s, u"kopecks"_s, u"₽"_s),
        c(u"JPY"_s, 0, u"Japanese yen"_s, u"Japanese yen"_s, u""_s, u""_s, u"¥"_s),
        c(u"KRW"_s, 0, u"South Korean won"_s, u"South Korean won"_s, u""_s, u""_s, u"₩"_s),
        c(u"ISK"_s, 0, u"Icelandic króna"_s, u"Icelandic krónur"_s, u""_s, u""_s, u"kr"_s),
        c(u"CLP"_s, 0, u"Chilean peso"_s, u"Chilean pesos"_s, u""_s, u""_s, u"CLP$"_s),
        c(u"KWD"_s, 3, u"Kuwaiti dinar"_s, u"Kuwaiti dinars"_s, u"fils"_s, u"fils"_s, u"KD"_s),
        c(u"BHD"_s, 3, u"Bahraini dinar"_s, u"Bahraini dinars"_s, u"fils"_s, u"fils"_s, u"BD"_s),
        c(u"OMR"_s, 3, u"Omani rial"_s, u"Omani rials"_s, u"baisa"_s, u"baisa"_s, u"OMR"_s),
        c(u"JOD"_s, 3, u"Jordanian dinar"_s, u"Jordanian dinars"_s, u"fils"_s, u"fils"_s, u"JD"_s),
        c(u"TND"_s, 3, u"Tunisian dinar"_s, u"Tunisian dinars"_s, u"millime"_s, u"millimes"_s, u"DT"_s),
    };
}

} // namespace

const QList<Currency>& CurrencyTable::all()
{
    static const QList<Currency> table = buildTable();
    return table;
}

std::optional<Currency> CurrencyTable::find(const QString& code)
{
    for (const Currency& c : all()) {
        if (c.code == code) {
            return c;
        }
    }
    return std::nullopt;
}

const Currency* CurrencyTable::intern(const Currency& currency)
{
    const QList<Currency>& table = all();
    if (&currency >= table.constData() && &currency < table.constData() + table.size()) {
        return &currency; // already the table's own
    }
    for (const Currency& c : table) {
        if (c == currency) {
            return &c;
        }
    }
    // A currency the table lacks: kept once, for good (a deque never moves what it holds). There are only
    // ever a handful; the lock is not on any call's path.
    static QMutex mutex;
    static std::deque<Currency> others;
    const QMutexLocker lock(&mutex);
    for (const Currency& c : others) {
        if (c == currency) {
            return &c;
        }
    }
    return &others.emplace_back(currency);
}

} // namespace voicepay
