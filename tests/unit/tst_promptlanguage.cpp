// The prompts in every language: every catalogue variant exists in each, with the placeholders of en-US; the
// menus keep their keys; the language comes from the call, else the configuration, and an unknown one is
// refused with the list of those available.
#include "config/flowconfig.h"
#include "flow/callcontext.h"
#include "prompts/promptcatalog.h"
#include "prompts/promptlanguage.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace voicepay;

class TestPromptLanguage : public QObject
{
    Q_OBJECT

    static QStringList placeholders(const QStringList& tokens)
    {
        QStringList out = tokens.filter(QRegularExpression(QStringLiteral("^\\$")));
        out.sort();
        return out;
    }

    static QStringList keys(const QString& text)
    {
        QStringList out;
        static const QRegularExpression digit(QStringLiteral("\\b[1-4]\\b"));
        for (auto it = digit.globalMatch(text); it.hasNext();) {
            out << it.next().captured(0);
        }
        return out;
    }

private slots:
    void fourLanguages()
    {
        QCOMPARE(PromptLanguage::available(),
            (QStringList { QStringLiteral("en-US"), QStringLiteral("fr-FR"), QStringLiteral("es-ES"),
                QStringLiteral("de-DE") }));
    }

    void everyVariant_existsInEveryLanguage_withItsPlaceholders()
    {
        for (const QString& language : PromptLanguage::available()) {
            QSet<QString> used { QStringLiteral("correction_amount"), QStringLiteral("correction_card"),
                QStringLiteral("correction_expiry"), QStringLiteral("correction_code") };
            for (const PromptVariant& v : PromptCatalog::variants()) {
                const QString where = language + QLatin1Char(' ') + v.id;
                const QStringList tokens = PromptCatalog::tokens(v.id, language);
                QVERIFY2(!tokens.isEmpty(), qPrintable(where));
                QVERIFY2(placeholders(tokens) == placeholders(v.tokens), qPrintable(where));
                for (const QString& token : tokens) {
                    if (!token.startsWith(QLatin1Char('$'))) {
                        QVERIFY2(!PromptText::phrase(token, language).isEmpty(),
                            qPrintable(where + QStringLiteral(": no text for ") + token));
                        used.insert(token);
                    }
                }
                const Prompt p = PromptCatalog::example(v.id, language);
                QVERIFY2(!p.segments.isEmpty() && !p.text().isEmpty(), qPrintable(where));
                QVERIFY2(!p.text().contains(QLatin1Char('$')), qPrintable(where));
            }
            for (const Phrase& p : PromptText::phrases(language)) {
                QVERIFY2(used.contains(p.id), qPrintable(language + QStringLiteral(": never used: ") + p.id));
            }
        }
    }

    void everyPhrase_isTranslated()
    {
        for (const QString& language : PromptLanguage::available().mid(1)) {
            for (const Phrase& p : PromptText::phrases(language)) {
                QVERIFY2(p.text != PromptText::phrase(p.id), qPrintable(language + QLatin1Char(' ') + p.id));
            }
        }
    }

    void menus_keepTheirKeys()
    {
        for (const char* id :
            { "amount_choice_menu", "amount_choice_menu_retry", "confirm_menu", "confirm_menu_retry",
                "correction_amount", "correction_card", "correction_expiry", "correction_code" }) {
            const QString phrase = QString::fromLatin1(id);
            const QStringList english = keys(PromptText::phrase(phrase));
            QVERIFY(!english.isEmpty());
            for (const QString& language : PromptLanguage::available()) {
                QCOMPARE(keys(PromptText::phrase(phrase, language)), english);
            }
        }
        // The correction menu lists the same items in every language, in the order of their keys.
        PromptValues v;
        v.menuKeys = { 1, 3 };
        for (const QString& language : PromptLanguage::available()) {
            const Prompt p = PromptCatalog::build(QStringLiteral("correction_choice.ask"), v, language);
            QCOMPARE(p.segments.size(), 3);
            QCOMPARE(p.segments.at(1).text, QStringLiteral("correction_amount"));
            QCOMPARE(p.segments.at(2).text, QStringLiteral("correction_expiry"));
        }
    }

    void rendering_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("expected");
        auto row = [](const char* name, const char* language, const char* id, const char* expected) {
            QTest::newRow(name) << QString::fromLatin1(language) << QString::fromLatin1(id)
                                << QString::fromUtf8(expected);
        };
        row("French read-back", "fr-FR", "confirm.readback",
            "Vous payez 125,50 dollars américains avec votre carte Visa se terminant par 4242 expirant en "
            "décembre 2028.");
        row("French wrong length", "fr-FR", "card_number.wrong_length",
            "Ce numéro n'a pas le bon nombre de chiffres pour une carte Visa.");
        row("French Amex code", "fr-FR", "security_code.ask.american-express",
            "Veuillez saisir le code CID à 4 chiffres, imprimé sur le devant de votre carte, au-dessus du "
            "numéro "
            "de carte.");
        row("Spanish balance", "es-ES", "amount_choice.ask",
            "El importe pendiente es de 125,50 dólares estadounidenses. Para pagar el importe completo, "
            "pulse 1. "
            "Para pagar otro importe, pulse 2.");
        row("Spanish read-back", "es-ES", "confirm.readback",
            "Va a pagar 125,50 dólares estadounidenses con su tarjeta Visa terminada en 4242 que caduca en "
            "diciembre de 2028.");
        row("German code", "de-DE", "security_code.ask.visa",
            "Bitte geben Sie die Prüfnummer CVV mit 3 Ziffern ein, sie steht auf der Rückseite Ihrer Karte.");
        row("German code retry", "de-DE", "security_code.ask.retry",
            "Geben Sie die Prüfnummer Ihrer Karte ein. Sie hat 3 Ziffern.");
        row("German approval", "de-DE", "approved",
            "Vielen Dank. Ihre Zahlung von 125,50 US-Dollar wurde genehmigt. Ihre Transaktionsnummer lautet "
            "60000000001.");
        row("English stays as it was", "en-US", "confirm.readback",
            "You are paying 125.50 US dollars with your Visa card ending 4242 expiring December 2028.");
    }

    void rendering()
    {
        QFETCH(QString, language);
        QFETCH(QString, id);
        QFETCH(QString, expected);
        QCOMPARE(PromptCatalog::example(id, language).text(), expected);
    }

    void language_comesFromTheCallElseTheConfiguration()
    {
        QCOMPARE(PromptLanguage::choose(QString(), QStringLiteral("fr-FR")), QStringLiteral("fr-FR"));
        QCOMPARE(
            PromptLanguage::choose(QStringLiteral("de"), QStringLiteral("fr-FR")), QStringLiteral("de-DE"));
        QCOMPARE(PromptLanguage::choose(QStringLiteral("es_es"), QString()), QStringLiteral("es-ES"));
        QCOMPARE(PromptLanguage::choose(QString(), QString()), QStringLiteral("en-US"));
        QCOMPARE(PromptCatalog::build(QStringLiteral("welcome"), {}, QStringLiteral("fr")).language,
            QStringLiteral("fr-FR"));
    }

    void unknownLanguage_isRefusedWithTheAvailableOnes()
    {
        const QString list = QStringLiteral("en-US, fr-FR, es-ES, de-DE");
        QString error;
        QVERIFY(PromptLanguage::choose(QStringLiteral("xx-XX"), QStringLiteral("en-US"), &error).isEmpty());
        QVERIFY2(error.contains(list) && error.contains(QStringLiteral("xx-XX")), qPrintable(error));

        error.clear();
        QVERIFY(!CallContext::fromJson({ { QStringLiteral("accountId"), QStringLiteral("1") },
                                           { QStringLiteral("amountDue"), QStringLiteral("1.00") },
                                           { QStringLiteral("language"), QStringLiteral("it-IT") } },
            &error));
        QVERIFY2(
            error.startsWith(QStringLiteral("call.language")) && error.contains(list), qPrintable(error));

        error.clear();
        QVERIFY(!ConfigReader::fromJson(R"({"language":"pt-BR"})", &error));
        QVERIFY2(error.startsWith(QStringLiteral("language")) && error.contains(list), qPrintable(error));
        for (const QString& language : PromptLanguage::available()) {
            error.clear();
            const auto config = ConfigReader::fromJson(
                QStringLiteral(R"({"language":"%1"})").arg(language).toUtf8(), &error);
            QVERIFY2(config && config->language == language, qPrintable(error));
        }
    }
};

QTEST_GUILESS_MAIN(TestPromptLanguage)
#include "tst_promptlanguage.moc"
