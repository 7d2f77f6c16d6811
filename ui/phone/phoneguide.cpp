#include "phone/phoneguide.h"

#include <QHostAddress>

namespace voicepay::ui {

namespace {
QString code(const QString& text)
{
    return QStringLiteral("<code style=\"white-space: nowrap;\">%1</code>").arg(text.toHtmlEscaped());
}

QString block(const QString& text)
{
    // Wrapped rather than scrolled: the guide is a narrow column beside the calls.
    return QStringLiteral("<pre style=\"margin-left: 8px; white-space: pre-wrap;\">%1</pre>")
        .arg(text.toHtmlEscaped());
}

QString headerRows()
{
    struct Row
    {
        const char* name;
        QString meaning;
    };
    const Row rows[] = {
        { "X-VoicePay-Account", PhoneGuide::tr("mandatory: the caller's account, such as 10001") },
        { "X-VoicePay-Amount", PhoneGuide::tr("mandatory: the amount due, a decimal such as 125.50") },
        { "X-VoicePay-Merchant", PhoneGuide::tr("the merchant id") },
        { "X-VoicePay-Reference", PhoneGuide::tr("the payment reference, such as INV-1001") },
        { "X-VoicePay-Call-Type", PhoneGuide::tr("ivr or conference") },
        { "X-VoicePay-Identified",
            PhoneGuide::tr("true or false: whether the caller is already identified") },
        { "X-VoicePay-Language", PhoneGuide::tr("the prompts' language, such as de-DE") },
    };
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const Row& r : rows) {
        html += QStringLiteral("<tr><td><code>%1</code>&nbsp;&nbsp;</td><td>%2</td></tr>")
                    .arg(QLatin1StringView(r.name), r.meaning.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}
} // namespace

QString PhoneGuide::uri(const QString& address, quint16 port)
{
    const bool v6 = QHostAddress(address).protocol() == QAbstractSocket::IPv6Protocol;
    return QStringLiteral("sip:pay@%1:%2").arg(v6 ? QStringLiteral("[%1]").arg(address) : address).arg(port);
}

QString PhoneGuide::html(const QString& address, quint16 port)
{
    const QString target = uri(address, port);
    const QString hostPort = target.mid(QStringLiteral("sip:pay@").size());
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Calling the phone line").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Dial %1 from a softphone on this computer.").arg(code(target)));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("The INVITE must carry the call's context in these SIP headers; a call without %1 or "
                        "%2 is refused with 400 naming what is missing:")
                         .arg(code(QStringLiteral("X-VoicePay-Account")),
                             code(QStringLiteral("X-VoicePay-Amount"))));
    html += headerRows();
    html += QStringLiteral("<p><b>baresip</b> (%1)</p>")
                .arg(tr("Debian's baresip 1.0 cannot add headers of its own: let a PBX in front add them, "
                        "then dial through it")
                         .toHtmlEscaped());
    html += block(QStringLiteral("; Asterisk, extensions.conf\n"
                                 "exten => 7290,1,Set(PJSIP_HEADER(add,X-VoicePay-Account)=10001)\n"
                                 " same => n,Set(PJSIP_HEADER(add,X-VoicePay-Amount)=125.50)\n"
                                 " same => n,Dial(PJSIP/pay@voicepay)   ; endpoint voicepay: %1\n\n"
                                 "baresip -e \"/dial sip:7290@PBX\"")
                      .arg(hostPort));
    html += QStringLiteral("<p><b>sipp</b> (%1)</p>")
                .arg(tr("Debian's sip-tester sends the headers itself; a whole payment keyed as RFC 4733 "
                        "events:")
                         .toHtmlEscaped());
    html += block(QStringLiteral("sipp -sf tests/sip/scenarios/payment_rfc4733.xml -m 1 \\\n"
                                 "     -i 127.0.0.1 -p 5071 %1")
                      .arg(hostPort));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Keys are heard as RFC 4733 events, in-band tones or SIP INFO. When the call ends, "
                        "the endpoint's BYE carries the result in X-VoicePay-Result, and the session is "
                        "stored like any other.")
                         .toHtmlEscaped());
    return html;
}

} // namespace voicepay::ui
