#pragma once

#include <QByteArray>
#include <QString>

namespace voicepay {
class PaymentFlow;
}

namespace voicepay::sip {

// The body type of the SIP INFO messages the agent's phone receives in an agent-assisted call.
inline constexpr const char* kProgressContentType = "application/vnd.voicepay.progress+json";

// What the agent's desktop may show of the payment in progress, as the simulator's conference view shows it:
// the step, how many keys the entry holds, the card's brand and its Luhn check. Counts and verdicts only,
// never a digit, a PIN, an expiry or a security code.
//   {"type":"progress","callId":"...","step":"card_number","state":"collecting","keys":7,"maxKeys":19,
//    "sensitive":true,"brand":"visa","luhn":"incomplete","clamped":true}
QByteArray progressJson(const PaymentFlow& flow, const QString& callId);

// The payment's end, with the fields of the X-VoicePay-Result header (resultJson) and "type":"outcome".
QByteArray outcomeJson(const QByteArray& resultJson, const QString& callId);

} // namespace voicepay::sip
