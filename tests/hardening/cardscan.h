#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

// Finds card numbers and security codes in what the programs wrote.
//
// Card numbers are found in any file, binary or text: every run of digits (ASCII or UTF-16LE, with single
// spaces between groups allowed) is checked, window by window, against the numbers used. Security codes are
// three or four digits, which occur everywhere by chance, so the test chooses codes that begin with 0 and
// differ from every stored last four: no count, amount, duration or timestamp is written as such a token.
// They are found as whole values between delimiters in text (JSON, CSV, XML, SQL dumps, logs).
class CardScan
{
public:
    CardScan(QSet<QByteArray> cardNumbers, QSet<QByteArray> securityCodes);

    struct Hit
    {
        QString what; // "card number ending 1234 (UTF-16)" or "security code"
        qsizetype offset = 0;
    };

    QList<Hit> scanForCardNumbers(const QByteArray& bytes) const;
    QList<Hit> scanTextForCodes(const QByteArray& text) const;
    // Text-column values of a database, one by one.
    bool isSecurityCode(const QString& value) const;
    bool containsCardNumber(const QString& value) const;

private:
    void checkRun(const QByteArray& digits, qsizetype offset, const char* form, QList<Hit>& hits) const;

    QSet<QByteArray> m_cards;
    QSet<QByteArray> m_codes;
};
