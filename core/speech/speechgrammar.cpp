#include "speechgrammar.h"

#include "cards/carddetector.h"
#include "cards/luhn.h"
#include "flow/voiceinput.h"
#include "secure/securewipe.h"
#include "speech/recognizer.h"
#include "speech/spokennumbers.h"

#include <QRegularExpression>
#include <QSet>

namespace voicepay {

namespace {

// Shared rules: digits as said one by one, "oh" for zero, "double"/"triple" for runs.
const char* const kDigitRules
    = "<digit> = zero | oh | one | two | three | four | five | six | seven | eight | nine;\n"
      "<digits> = (<digit> | double <digit> | triple <digit>)+;\n";

const char* const kNumberRules
    = "<unit> = one | two | three | four | five | six | seven | eight | nine;\n"
      "<teen> = ten | eleven | twelve | thirteen | fourteen | fifteen | sixteen | seventeen | eighteen | "
      "nineteen;\n"
      "<tens> = twenty | thirty | forty | fifty | sixty | seventy | eighty | ninety;\n"
      "<n99> = <unit> | <teen> | <tens> [<unit>];\n"
      "<n999> = <n99> | (<unit> | a) hundred [[and] <n99>];\n"
      "<whole> = <n999> | <n999> thousand [[and] <n999>] | zero;\n";

QString header(const QString& name)
{
    return QStringLiteral("#JSGF V1.0;\ngrammar ") + name + QStringLiteral(";\n");
}

QString menuRule(Step step)
{
    QStringList alternatives;
    for (const auto& [phrases, key] : VoiceInput::menuChoices(step)) {
        Q_UNUSED(key);
        for (const QString& phrase : phrases) {
            // Keys ("1") are for typed input; a recogniser hears words.
            if (phrase.front().isLetter()) {
                alternatives << phrase;
            }
        }
    }
    // Callers wrap the word in a few others; the flow reads the menu word wherever it stands.
    QString rule
        = QStringLiteral("<choice> = ") + alternatives.join(QStringLiteral(" | ")) + QStringLiteral(";\n");
    switch (step) {
    case Step::Confirm:
        return rule + QStringLiteral("public <answer> = [that is | thats] <choice> [thank you];\n");
    case Step::AmountChoice:
        return rule + QStringLiteral("public <answer> = [the | a] <choice> [amount];\n");
    default:
        return rule + QStringLiteral("public <answer> = [the] <choice> [please];\n");
    }
}

QString expiryRules()
{
    return QStringLiteral(
        "<month> = january | february | march | april | may | june | july | august | september | october | "
        "november | december;\n"
        "<monthnumber> = <unit> | ten | eleven | twelve | (oh | zero) <unit>;\n"
        "<yy> = <tens> [<unit>] | <teen> | oh <unit>;\n"
        "<year> = twenty <yy> | two thousand [and] (<yy> | <unit>) | <yy>;\n"
        "public <answer> = <month> [of] <year> | <monthnumber> <yy> | <digit> <digit> <digit> <digit>;\n");
}

QString amountRules(const QStringList& currencyWords)
{
    return QStringLiteral("<currency> = ") + currencyWords.join(QStringLiteral(" | "))
        + QStringLiteral(";\n"
                         "<cents> = <n99> [cents];\n"
                         "public <answer> = <whole> [<currency> [[and] <cents>]] | [<whole>] point <digit> "
                         "[<digit>];\n");
}

QStringList wordsOf(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("\\s+"));
    return text.toLower().split(separators, Qt::SkipEmptyParts);
}

} // namespace

QStringList SpeechGrammar::defaultCurrencyWords()
{
    return { QStringLiteral("dollars"), QStringLiteral("dollar") };
}

QStringList SpeechGrammar::currencyWordsFor(const QString& currencyCode)
{
    if (currencyCode == u"EUR") {
        return { QStringLiteral("euros"), QStringLiteral("euro") };
    }
    if (currencyCode == u"GBP") {
        return { QStringLiteral("pounds"), QStringLiteral("pound") };
    }
    if (currencyCode == u"JPY") {
        return { QStringLiteral("yen") };
    }
    return defaultCurrencyWords();
}

SpeechGrammar SpeechGrammar::forStep(Step step, const QStringList& currencyWords)
{
    SpeechGrammar g;
    g.m_step = step;
    g.m_name = stepName(step);
    g.m_currencyWords = currencyWords.isEmpty() ? defaultCurrencyWords() : currencyWords;
    QString body;
    switch (step) {
    case Step::AmountChoice:
    case Step::Confirm:
    case Step::CorrectionChoice:
        body = menuRule(step);
        break;
    case Step::Expiry:
        body = QLatin1String(kDigitRules) + QLatin1String(kNumberRules) + expiryRules();
        break;
    case Step::AmountEntry:
        body = QLatin1String(kDigitRules) + QLatin1String(kNumberRules) + amountRules(g.m_currencyWords);
        break;
    case Step::AccountNumber:
    case Step::Pin:
    case Step::CardNumber:
    case Step::SecurityCode:
        body = QLatin1String(kDigitRules) + QStringLiteral("public <answer> = <digits>;\n");
        break;
    }
    g.m_jsgf = header(g.m_name) + body;
    return g;
}

QStringList SpeechGrammar::words() const
{
    static const QRegularExpression notWords(
        QStringLiteral("<[^>]*>|#JSGF V1\\.0;|grammar [a-z_]+;|public|[=;|()\\[\\]+*]"));
    QString text = m_jsgf;
    text.replace(notWords, QStringLiteral(" "));
    QStringList out = wordsOf(text);
    out.removeDuplicates();
    out.sort();
    return out;
}

bool SpeechGrammar::sensitive() const
{
    return m_step == Step::Pin || m_step == Step::CardNumber || m_step == Step::SecurityCode;
}

std::optional<QString> SpeechGrammar::interpret(const QString& hypothesis) const
{
    const QStringList ws = wordsOf(hypothesis);
    if (ws.isEmpty()) {
        return std::nullopt;
    }
    switch (m_step) {
    case Step::AmountChoice:
    case Step::Confirm:
    case Step::CorrectionChoice: {
        // The flow reads menu words itself; hand it only the recognised words it knows.
        const bool known = m_step == Step::Confirm ? VoiceInput::yesNo(hypothesis).has_value()
            : m_step == Step::AmountChoice         ? VoiceInput::amountChoice(hypothesis).has_value()
                                                   : VoiceInput::correctionItem(hypothesis).has_value();
        return known ? std::optional<QString>(ws.join(QLatin1Char(' '))) : std::nullopt;
    }
    case Step::Expiry:
        return SpokenNumbers::expiryKeys(ws);
    case Step::AmountEntry:
        return SpokenNumbers::amountUtterance(ws, m_currencyWords);
    case Step::AccountNumber:
    case Step::Pin:
    case Step::CardNumber:
    case Step::SecurityCode:
        break;
    }
    auto keys = VoiceInput::digits(ws.join(QLatin1Char(' ')));
    if (!keys || keys->contains(QLatin1Char('*'))) {
        return std::nullopt;
    }
    if (m_step == Step::CardNumber) {
        // A number that fails the check digit, or whose length its brand does not issue (a digit dropped or
        // doubled that happens to keep the check digit right), is a misrecognition: the next hypothesis may
        // pass. The brand's lengths are the card table's; a number of no known brand is left to the flow.
        QByteArray latin = keys->toLatin1();
        const std::string_view view(latin.constData(), static_cast<std::size_t>(latin.size()));
        const CardBrand* brand = CardDetector().detect(view).brand;
        const bool lengthOk
            = brand ? brand->lengthAllowed(int(keys->size())) : keys->size() >= 12 && keys->size() <= 19;
        const bool plausible = lengthOk && luhnValid(view);
        secureWipe(latin.data(), static_cast<std::size_t>(latin.size()));
        if (!plausible) {
            wipeText(*keys);
            return std::nullopt;
        }
    }
    return keys;
}

} // namespace voicepay
