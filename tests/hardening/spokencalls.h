#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace voicepay::test {

// A call whose card number and security code are spoken as audio: `audio:` recordings made by flite (with
// the inputs, not with what the programs write), or `say:` texts that `--speech synth` speaks.
struct SpokenCall
{
    QString scenario; // the scenario file
    QStringList options; // for voicepay-sim run
    QString lastFour; // of the card it pays with
};

// Writes one call of each kind into `folder`, with two of `cards` (16 digits, Luhn-valid) and two of
// `codes` (three digits); empty, with an error, when flite or the cards are missing.
QList<SpokenCall> writeSpokenCalls(
    const QSet<QByteArray>& cards, const QSet<QByteArray>& codes, const QString& folder, QString* error);

// "4111" as said digit by digit: "four one one one".
QString spokenDigits(const QString& digits);

} // namespace voicepay::test
