#include "promptlanguage.h"

#include "languagewordings.h"
#include "secure/inputexcerpt.h"

#include <QCoreApplication>

namespace voicepay {

namespace {

const QList<PromptWording>& all()
{
    static const QList<PromptWording> table
        = { wordings::english(), wordings::french(), wordings::spanish(), wordings::german() };
    return table;
}

} // namespace

QStringList PromptLanguage::available()
{
    QStringList out;
    for (const PromptWording& w : all()) {
        out << w.code;
    }
    return out;
}

QString PromptLanguage::fallback()
{
    return all().first().code;
}

QString PromptLanguage::normalise(const QString& code)
{
    // The flow passes codes already normalised on every prompt: no copies for those.
    for (const PromptWording& w : all()) {
        if (code == w.code) {
            return w.code;
        }
    }
    QString wanted = code.trimmed();
    wanted.replace(QLatin1Char('_'), QLatin1Char('-'));
    for (const PromptWording& w : all()) {
        if (wanted.compare(w.code, Qt::CaseInsensitive) == 0
            || wanted.compare(w.code.left(2), Qt::CaseInsensitive) == 0) {
            return w.code;
        }
    }
    return QString();
}

QString PromptLanguage::refusal(const QString& code)
{
    return QCoreApplication::translate("PromptLanguage", "unknown language \"%1\" (available: %2)")
        .arg(maskedExcerpt(code, 0, 8), available().join(QStringLiteral(", ")));
}

QString PromptLanguage::choose(const QString& callLanguage, const QString& configured, QString* error)
{
    const QString wanted = callLanguage.trimmed().isEmpty() ? configured : callLanguage;
    if (wanted.trimmed().isEmpty()) {
        return fallback();
    }
    const QString code = normalise(wanted);
    if (code.isEmpty() && error) {
        *error = refusal(wanted);
    }
    return code;
}

const PromptWording& PromptLanguage::wording(const QString& code)
{
    // Called for every phrase of every prompt, mostly with an empty or an exact code: those need no copy.
    if (code.isEmpty()) {
        return all().first();
    }
    for (const PromptWording& w : all()) {
        if (code == w.code) {
            return w;
        }
    }
    const QString wanted = normalise(code);
    for (const PromptWording& w : all()) {
        if (w.code == wanted) {
            return w;
        }
    }
    return all().first();
}

const NumberReader& PromptLanguage::reader(const QString& code)
{
    return *wording(code).reader;
}

} // namespace voicepay
