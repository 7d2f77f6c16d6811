#include "currency.h"

namespace voicepay {

namespace {

QList<Currency> buildTable()
{
    auto c = [](const char* code, int decimals, const char* name, const char* plural, const char* minor,
                 const char* minorPlural, const char* symbol) {
        return Currency { QString::fromLatin1(code), decimals, QString::fromUtf8(name),
            QString::fromUtf8(plural), QString::fromUtf8(minor), QString::fromUtf8(minorPlural),
            QString::fromUtf8(symbol) };
    };
    // Decimals follow the ISO 4217 minor-unit column.
    return {
        c("USD", 2, "US dollar", "US dollars", "cent", "cents", "$"),
        c("EUR", 2, "euro", "euros", "cent", "cents", "€"),
        c("GBP", 2, "pound sterling", "pounds sterling", "penny", "pence", "£"),
        c("CAD", 2, "Canadian dollar", "Canadian dollars", "cent", "cents", "CA$"),
        c("AUD", 2, "Australian dollar", "Australian dollars", "cent", "cents", "A$"),
        c("CHF", 2, "Swiss franc", "Swiss francs", "centime", "centimes", "CHF"),
        c("SEK", 2, "Swedish krona", "Swedish kronor", "öre", "öre", "kr"),
        c("INR", 2, "Indian rupee", "Indian rupees", "paisa", "paise", "₹"),
        c("MXN", 2, "Mexican peso", "Mexican pesos", "centavo", "centavos", "MX$"),
        c("BRL", 2, "Brazilian real", "Brazilian reais", "centavo", "centavos", "R$"),
        c("CNY", 2, "Chinese yuan", "Chinese yuan", "fen", "fen", "¥"),
        c("RUB", 2, "Russian ruble", "Russian rubles", "kopeck", "kopecks", "₽"),
        c("JPY", 0, "Japanese yen", "Japanese yen", "", "", "¥"),
        c("KRW", 0, "South Korean won", "South Korean won", "", "", "₩"),
        c("ISK", 0, "Icelandic króna", "Icelandic krónur", "", "", "kr"),
        c("CLP", 0, "Chilean peso", "Chilean pesos", "", "", "CLP$"),
        c("KWD", 3, "Kuwaiti dinar", "Kuwaiti dinars", "fils", "fils", "KD"),
        c("BHD", 3, "Bahraini dinar", "Bahraini dinars", "fils", "fils", "BD"),
        c("OMR", 3, "Omani rial", "Omani rials", "baisa", "baisa", "OMR"),
        c("JOD", 3, "Jordanian dinar", "Jordanian dinars", "fils", "fils", "JD"),
        c("TND", 3, "Tunisian dinar", "Tunisian dinars", "millime", "millimes", "DT"),
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

} // namespace voicepay
