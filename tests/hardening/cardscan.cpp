#include "cardscan.h"

CardScan::CardScan(QSet<QByteArray> cardNumbers, QSet<QByteArray> securityCodes)
    : m_cards(std::move(cardNumbers))
    , m_codes(std::move(securityCodes))
{
}

void CardScan::checkRun(const QByteArray& digits, qsizetype offset, const char* form, QList<Hit>& hits) const
{
    for (int length : { 15, 16, 19 }) {
        for (qsizetype at = 0; at + length <= digits.size(); ++at) {
            const QByteArray window = digits.mid(at, length);
            if (m_cards.contains(window)) {
                hits << Hit { QStringLiteral("card number ending %1 (%2)")
                                  .arg(QString::fromLatin1(window.right(4)), QLatin1String(form)),
                    offset };
            }
        }
    }
}

QList<CardScan::Hit> CardScan::scanForCardNumbers(const QByteArray& bytes) const
{
    QList<Hit> hits;
    auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    // ASCII and UTF-8, with single spaces between groups.
    QByteArray run;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= bytes.size(); ++i) {
        const char c = i < bytes.size() ? bytes.at(i) : '\0';
        if (isDigit(c)) {
            if (run.isEmpty()) {
                start = i;
            }
            run.append(c);
        } else if (c == ' ' && !run.isEmpty() && i + 1 < bytes.size() && isDigit(bytes.at(i + 1))) {
            continue;
        } else {
            if (run.size() >= 15) {
                checkRun(run, start, "ASCII", hits);
            }
            run.clear();
        }
    }
    // UTF-16LE: digit, NUL, digit, NUL, ... at either alignment.
    for (int align = 0; align < 2; ++align) {
        run.clear();
        for (qsizetype i = align; i + 1 <= bytes.size(); i += 2) {
            const char c = bytes.at(i);
            const char high = i + 1 < bytes.size() ? bytes.at(i + 1) : '\1';
            if (high == '\0' && isDigit(c)) {
                if (run.isEmpty()) {
                    start = i;
                }
                run.append(c);
            } else if (high == '\0' && c == ' ' && !run.isEmpty()) {
                continue;
            } else {
                if (run.size() >= 15) {
                    checkRun(run, start, "UTF-16", hits);
                }
                run.clear();
            }
        }
        if (run.size() >= 15) {
            checkRun(run, start, "UTF-16", hits);
        }
    }
    return hits;
}

QList<CardScan::Hit> CardScan::scanTextForCodes(const QByteArray& text) const
{
    QList<Hit> hits;
    auto delimiter = [](char c) {
        return c == '"' || c == '\'' || c == '<' || c == '>' || c == ',' || c == ';' || c == '\t' || c == '\n'
            || c == '\r' || c == '=' || c == '[' || c == ']' || c == '{' || c == '}' || c == '(' || c == ')'
            || c == ' ' || c == '|';
    };
    qsizetype tokenStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || delimiter(text.at(i))) {
            const qsizetype length = i - tokenStart;
            if (length == 3 || length == 4) {
                const QByteArray token = text.mid(tokenStart, length);
                if (m_codes.contains(token)) {
                    hits << Hit { QStringLiteral("security code"), tokenStart };
                }
            }
            tokenStart = i + 1;
        }
    }
    return hits;
}

bool CardScan::isSecurityCode(const QString& value) const
{
    return m_codes.contains(value.toLatin1());
}

bool CardScan::containsCardNumber(const QString& value) const
{
    return !scanForCardNumbers(value.toUtf8()).isEmpty();
}
