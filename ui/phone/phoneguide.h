#pragma once

#include <QCoreApplication>
#include <QString>

namespace voicepay::ui {

// The short guide beside the phone line: the sip: URI to dial, the X-VoicePay-* headers a call must carry
// (docs/phone.md) and how to place a call from baresip or sipp. Rich text, translated.
class PhoneGuide
{
    Q_DECLARE_TR_FUNCTIONS(voicepay::ui::PhoneGuide)
public:
    // sip:pay@ADDRESS:PORT (with ;transport=tcp when only TCP would do, which the panel never asks for).
    static QString uri(const QString& address, quint16 port);
    static QString html(const QString& address, quint16 port);
};

} // namespace voicepay::ui
