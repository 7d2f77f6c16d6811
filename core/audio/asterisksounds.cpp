#include "asterisksounds.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace voicepay {

namespace {

struct Voice
{
    const char* language;
    const char* package;
    const char* folder;
};
constexpr Voice voices[] = {
    { "en-US", "asterisk-core-sounds-en-wav", "en_US_f_Allison" },
    { "fr-FR", "asterisk-core-sounds-fr-wav", "fr_CA_f_June" },
    { "es-ES", "asterisk-core-sounds-es-wav", "es_MX_f_Allison" },
};

const Voice* voiceOf(const QString& language)
{
    for (const Voice& v : voices) {
        if (language == QLatin1String(v.language)) {
            return &v;
        }
    }
    return nullptr;
}

QString digit(int n)
{
    return QStringLiteral("digits/%1.wav").arg(n);
}

QString file(const char* name)
{
    return QString::fromLatin1(name);
}

// 0..99: the recordings hold 0..20 and the tens (Spanish: 0..29); the rest is said in parts.
QStringList under100(const QString& language, int n)
{
    const bool spanish = language == u"es-ES";
    if (n <= 20 || (spanish && n < 30) || n % 10 == 0) {
        return { digit(n) };
    }
    if (language == u"fr-FR") {
        const int ten = n / 10;
        if (ten == 7
            || ten == 9) { // soixante-douze = soixante + douze, quatre-vingt-onze = quatre-vingts + onze
            QStringList out { digit(ten * 10 - 10) };
            if (n == 71) {
                out << file("digits/et.wav");
            }
            return out << digit(n % 10 + 10);
        }
        if (n % 10 == 1 && ten != 8) {
            return { digit(ten * 10), file("digits/et.wav"), digit(1) }; // vingt et un
        }
        return { digit(ten * 10), digit(n % 10) };
    }
    if (spanish) {
        return { digit(n / 10 * 10), file("digits/and.wav"), digit(n % 10) }; // treinta y dos
    }
    return { digit(n / 10 * 10), digit(n % 10) }; // twenty five
}

QStringList hundreds(const QString& language, int h, const QString& form)
{
    if (language == u"es-ES") {
        if (h == 1) {
            return { form == u"link" ? file("digits/100-and.wav")
                                     : file("digits/hundred.wav") }; // ciento / cien
        }
        return form == u"f" ? QStringList() : QStringList { digit(h * 100) }; // doscientos
    }
    if (h == 1 && language == u"fr-FR") {
        return { file("digits/hundred.wav") }; // cent
    }
    return { digit(h), file("digits/hundred.wav") };
}

QStringList numberFiles(const QString& language, const QString& rest)
{
    static const QRegularExpression form(QStringLiteral("^([0-9]+)(?:_(a|f|link))?$"));
    const auto m = form.match(rest);
    if (m.hasMatch()) {
        const int n = m.captured(1).toInt();
        const QString variant = m.captured(2);
        if (n >= 100) {
            return n % 100 == 0 && n <= 900 ? hundreds(language, n / 100, variant) : QStringList();
        }
        if (variant.isEmpty() || (variant == u"link" && n == 80)) {
            return under100(language, n); // quatre-vingt(s) sound the same
        }
        if (language == u"es-ES" && n % 10 == 1 && n != 21) { // un, una: digits/1M, digits/1F
            const QString one = variant == u"a" ? file("digits/1M.wav") : file("digits/1F.wav");
            return n == 1 ? QStringList { one }
                          : QStringList { digit(n / 10 * 10), file("digits/and.wav"), one };
        }
        return {};
    }
    if (rest == u"hundred") {
        return language == u"en-US" ? QStringList { file("digits/hundred.wav") } : QStringList();
    }
    if (rest == u"thousand" || rest == u"million" || (rest == u"billion" && language == u"en-US")) {
        return { QStringLiteral("digits/%1.wav").arg(rest) };
    }
    if (rest == u"million_many" && language == u"es-ES") {
        return { file("digits/millions.wav") };
    }
    return {};
}

} // namespace

QString AsteriskSounds::package(const QString& language)
{
    const Voice* v = voiceOf(language);
    return v ? QString::fromLatin1(v->package) : QString();
}

QString AsteriskSounds::directory(const QString& language)
{
    const Voice* v = voiceOf(language);
    if (!v) {
        return QString();
    }
    const QString root
        = qEnvironmentVariable("VOICEPAY_ASTERISK_SOUNDS", QStringLiteral("/usr/share/asterisk/sounds"));
    const QString dir = QDir(root).filePath(QString::fromLatin1(v->folder));
    return QFileInfo::exists(QDir(dir).filePath(QStringLiteral("digits/1.wav"))) ? dir : QString();
}

QStringList AsteriskSounds::files(const QString& language, const QString& id)
{
    if (!voiceOf(language)) {
        return {};
    }
    if (id.startsWith(QStringLiteral("num_"))) {
        return numberFiles(language, id.mid(4));
    }
    if (id.startsWith(QStringLiteral("month_"))) {
        const int month = id.mid(6).toInt();
        return month >= 1 && month <= 12 ? QStringList { QStringLiteral("digits/mon-%1.wav").arg(month - 1) }
                                         : QStringList();
    }
    static const QRegularExpression letter(QStringLiteral("^char_([a-z])$"));
    if (const auto m = letter.match(id); m.hasMatch()) {
        return { QStringLiteral("letters/%1.wav").arg(m.captured(1)) };
    }
    if (id == u"masked_digit") {
        return { file("letters/x.wav") };
    }
    if (id == u"char_dash" || id == u"char_dot" || id == u"char_slash") {
        return { QStringLiteral("letters/%1.wav").arg(id.mid(5)) };
    }
    if (id == u"char_star") {
        return { file("digits/star.wav") };
    }
    if (id == u"word_oh" && language == u"en-US") {
        return { file("digits/oh.wav") };
    }
    if (id == u"word_and" && language == u"fr-FR") {
        return { file("digits/et.wav") };
    }
    if (id == u"word_de" && language == u"es-ES") {
        return { file("digits/es-de.wav") };
    }
    return {};
}

} // namespace voicepay
