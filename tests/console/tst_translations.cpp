// The German, French and Spanish catalogues: complete, with the placeholders and keyboard accelerators of
// their sources, the same messages as the English one, and used by the core's messages as well as the
// console's (the configuration editor shows the engine's validation messages as they are).
#include "config/flowconfig.h"
#include "money/money.h"
#include "sim/callsetupcheck.h"
#include "simulator/flowdiagramwidget.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace voicepay;

class TestTranslations : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context;
        QString source;
        QStringList translations;
        bool finished = true;
        bool numerus = false;
    };

    static QList<Message> readTs(const QString& path, QString* error)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return {};
        }
        QList<Message> out;
        QXmlStreamReader xml(&file);
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            const auto name = xml.name();
            if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                if (!current.source.isNull()) {
                    out << current;
                }
                current = Message { context, QString(), {}, true,
                    xml.attributes().value(QStringLiteral("numerus")) == u"yes" };
            } else if (name == u"source") {
                current.source = xml.readElementText();
            } else if (name == u"translation") {
                current.finished = xml.attributes().value(QStringLiteral("type")) != u"unfinished"
                    && xml.attributes().value(QStringLiteral("type")) != u"vanished"
                    && xml.attributes().value(QStringLiteral("type")) != u"obsolete";
                if (!current.numerus) {
                    current.translations << xml.readElementText();
                }
            } else if (name == u"numerusform") {
                current.translations << xml.readElementText();
            }
        }
        if (!current.source.isNull()) {
            out << current;
        }
        if (xml.hasError()) {
            *error = xml.errorString();
        }
        return out;
    }

    static QStringList placeholders(const QString& text)
    {
        static const QRegularExpression re(QStringLiteral("%(?:L?\\d+|n)"));
        QStringList out;
        for (auto it = re.globalMatch(text); it.hasNext();) {
            out << it.next().captured(0).remove(u'L');
        }
        out.sort();
        out.removeDuplicates();
        return out;
    }

    static QString tsPath(const QString& language)
    {
        return QStringLiteral(VOICEPAY_SOURCE_DIR "/translations/voicepay_%1.ts").arg(language);
    }

    QTranslator m_german;

private slots:
    void catalogueIsCompleteWithTheSourcesPlaceholders_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
        QTest::newRow("Spanish") << QStringLiteral("es");
    }

    void catalogueIsCompleteWithTheSourcesPlaceholders()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 400);
        QStringList problems;
        for (const Message& m : messages) {
            if (!m.finished || m.translations.isEmpty()) {
                problems << QStringLiteral("%1: \"%2\" is not translated").arg(m.context, m.source);
                continue;
            }
            for (const QString& t : m.translations) {
                if (t.trimmed().isEmpty() || placeholders(t) != placeholders(m.source)) {
                    problems << QStringLiteral("%1: \"%2\" → \"%3\"").arg(m.context, m.source, t);
                }
                if (m.source.count(u'&') - m.source.count(QStringLiteral("&&")) * 2 == 1
                    && t.count(u'&') - t.count(QStringLiteral("&&")) * 2 != 1) {
                    problems << QStringLiteral("%1: \"%2\" lost its keyboard accelerator")
                                    .arg(m.context, m.source);
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void everyCatalogueHoldsTheSameMessages()
    {
        auto keys = [](const QString& language) {
            QString error;
            QStringList out;
            for (const Message& m : readTs(tsPath(language), &error)) {
                out << m.context + QLatin1Char('|') + m.source;
            }
            out.sort();
            return out;
        };
        const QStringList english = keys(QStringLiteral("en"));
        QVERIFY(english.size() > 400);
        for (const char* language : { "de", "fr", "es" }) {
            QCOMPARE(keys(QString::fromLatin1(language)), english);
        }
    }

    void consoleFollowsEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("transferContext");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Übergabekontext");
        QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("Contexte de transfert");
        QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("Contexto de transferencia");
    }

    void consoleFollowsEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, transferContext);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/voicepay_%1.qm").arg(language)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString console
            = QCoreApplication::translate("voicepay::ui::SessionBrowser", "Transfer context");
        QString error;
        ConfigReader::fromJson(R"({"language": "xx-XX"})", &error);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(console, transferContext);
        // The list of languages stays as it is, in the translated sentence.
        QVERIFY2(
            error.startsWith(QStringLiteral("language")) && error.contains(QStringLiteral("en-US, fr-FR")),
            qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("unknown language")), qPrintable(error));
    }

    void coreMessagesFollowTheLanguage()
    {
        QString error;
        QVERIFY(!ConfigReader::fromJson(R"({"minAmount": "1.00", "maxAmount": "0.50"})", &error));
        const QString english = error;
        QVERIFY2(english.contains(QStringLiteral("must not be below")), qPrintable(english));

        QVERIFY(m_german.load(QStringLiteral(":/i18n/voicepay_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&m_german));
        error.clear();
        QVERIFY(!ConfigReader::fromJson(R"({"minAmount": "1.00", "maxAmount": "0.50"})", &error));
        QVERIFY2(!error.isEmpty() && error != english, qPrintable(error));
        QVERIFY2(error.startsWith(QStringLiteral("maxAmount")), qPrintable(error)); // the key stays as it is
        const QString console
            = QCoreApplication::translate("voicepay::ui::SessionBrowser", "Transfer context");
        QVERIFY(console != QStringLiteral("Transfer context"));
        QCoreApplication::removeTranslator(&m_german);
        error.clear();
        QVERIFY(!ConfigReader::fromJson(R"({"minAmount": "1.00", "maxAmount": "0.50"})", &error));
        QCOMPARE(error, english);
    }

    // The simulator's "Runs under: …" line is built in the core, in the console's language.
    void simulatorSummaryFollowsTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("decimals");
        QTest::addColumn<QString>("callerChooses");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("2 Dezimalstellen")
                                << QStringLiteral("der Anrufer wählt den Betrag");
        QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("2 décimales")
                                << QStringLiteral("l’appelant choisit le montant");
        QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("2 decimales")
                                 << QStringLiteral("quien llama elige el importe");
    }

    void simulatorSummaryFollowsTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, decimals);
        QFETCH(QString, callerChooses);
        FlowConfig config;
        config.amountMode = AmountMode::Caller;
        const QString english = CallSetupCheck::summary(config);
        // The English source ("2 decimal(s)") until the English catalogue is loaded, as the console does.
        QVERIFY2(english.contains(QStringLiteral("the caller chooses the amount")), qPrintable(english));
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/voicepay_%1.qm").arg(language)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString translated = CallSetupCheck::summary(config);
        const QStringList errors = CallSetupCheck::errors(CallContext {}, config);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(translated.contains(decimals), qPrintable(translated));
        QVERIFY2(translated.contains(callerChooses), qPrintable(translated));
        QVERIFY2(!translated.contains(QStringLiteral("decimals")), qPrintable(translated));
        QVERIFY2(!translated.contains(QStringLiteral("caller chooses")), qPrintable(translated));
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.first() != QStringLiteral("The account is missing."), qPrintable(errors.first()));
    }

    // The outcome auth_failed is a caller the flow could not identify, never a failed log-in (German once
    // read "Auth failed" as one).
    void authFailedReadsAsACallerNotIdentified_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("label");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Anrufer nicht identifiziert");
        QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("Appelant non identifié");
        QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("Llamante no identificado");
    }

    // Every exit a session can end with reads as words (the conference's own exit too).
    void everyExitHasALabel()
    {
        for (CallExit exit : { CallExit::ReturnToIvr, CallExit::TransferToAgent, CallExit::LeaveConference,
                 CallExit::Disconnect }) {
            const QString label = ui::FlowDiagramWidget::exitLabel(callExitName(exit));
            QVERIFY2(label != callExitName(exit) && !label.contains(u'_'), qPrintable(label));
        }
        QCOMPARE(ui::FlowDiagramWidget::brandLabel(QStringLiteral("american-express")),
            QStringLiteral("American Express"));
    }

    void authFailedReadsAsACallerNotIdentified()
    {
        QFETCH(QString, language);
        QFETCH(QString, label);
        QCOMPARE(ui::FlowDiagramWidget::nodeLabel(QStringLiteral("auth_failed")),
            QStringLiteral("Caller not identified"));
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/voicepay_%1.qm").arg(language)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString shown = ui::FlowDiagramWidget::nodeLabel(QStringLiteral("auth_failed"));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(shown, label);
        for (const char* logIn : { "Anmeld", "Login", "connexion", "sesión" }) {
            QVERIFY2(!shown.contains(QString::fromUtf8(logIn), Qt::CaseInsensitive), qPrintable(shown));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
