#pragma once

#include <QString>

namespace voicepay {

// The API login (configuration) and the transaction key (from the system keychain, never from a file).
struct MerchantCredentials
{
    QString login;
    QString transactionKey;
};

} // namespace voicepay
