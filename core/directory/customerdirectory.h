#pragma once

#include "secure/sensitivedigits.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace voicepay {

struct Customer
{
    QString accountId;
    QString name;
    QByteArray pinSalt;
    QByteArray pinHash; // SHA-256 of salt and PIN: the PIN itself is never kept
};

// The customer directory the flow identifies and verifies callers against.
class CustomerDirectory
{
public:
    // The seeded demo directory: 10001 (PIN 2468), 10002 (1357), 10003 (8024), 20001 (9753).
    static const CustomerDirectory& seeded();

    void add(const QString& accountId, const QString& name, std::string_view pin);
    const Customer* find(const QString& accountId) const;
    bool verifyPin(const QString& accountId, const SensitiveDigits& pin) const;
    const QList<Customer>& customers() const { return m_customers; }

private:
    QList<Customer> m_customers;
};

} // namespace voicepay
