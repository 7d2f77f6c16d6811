#include "customerdirectory.h"

#include <QCryptographicHash>

namespace voicepay {

namespace {
QByteArray hashPin(const QByteArray& salt, std::string_view pin)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(QByteArrayView(pin.data(), static_cast<qsizetype>(pin.size())));
    return hash.result();
}
} // namespace

const CustomerDirectory& CustomerDirectory::seeded()
{
    static const CustomerDirectory directory = [] {
        CustomerDirectory d;
        d.add(QStringLiteral("10001"), QStringLiteral("Avery Stone"), "2468");
        d.add(QStringLiteral("10002"), QStringLiteral("Blake Rivera"), "1357");
        d.add(QStringLiteral("10003"), QStringLiteral("Casey Morgan"), "8024");
        d.add(QStringLiteral("20001"), QStringLiteral("Dana Whitfield"), "9753");
        return d;
    }();
    return directory;
}

void CustomerDirectory::add(const QString& accountId, const QString& name, std::string_view pin)
{
    Customer c;
    c.accountId = accountId;
    c.name = name;
    c.pinSalt = QCryptographicHash::hash(accountId.toUtf8(), QCryptographicHash::Sha256).left(16);
    c.pinHash = hashPin(c.pinSalt, pin);
    m_customers << c;
}

const Customer* CustomerDirectory::find(const QString& accountId) const
{
    for (const Customer& c : m_customers) {
        if (c.accountId == accountId) {
            return &c;
        }
    }
    return nullptr;
}

bool CustomerDirectory::verifyPin(const QString& accountId, const SensitiveDigits& pin) const
{
    const Customer* c = find(accountId);
    if (!c || pin.isEmpty()) {
        return false;
    }
    const QByteArray candidate = hashPin(c->pinSalt, pin.view());
    // Constant-time comparison of the digests.
    if (candidate.size() != c->pinHash.size()) {
        return false;
    }
    unsigned char diff = 0;
    for (qsizetype i = 0; i < candidate.size(); ++i) {
        diff |= static_cast<unsigned char>(candidate[i] ^ c->pinHash[i]);
    }
    return diff == 0;
}

} // namespace voicepay
