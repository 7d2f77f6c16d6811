#include "config/brandlistwidget.h"
#include "config/configeditor.h"
#include "config/configkeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace voicepay;
using namespace voicepay::ui;

class TestConfigEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("flow.json")); }

    static void retype(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { QFile::remove(path()); }

    void amountsAreValidatedAsTyped_data()
    {
        QTest::addColumn<QString>("minimum");
        QTest::addColumn<QString>("maximum");
        QTest::addColumn<QString>("key");
        QTest::newRow("letters in the minimum")
            << QStringLiteral("ten") << QStringLiteral("100.00") << QStringLiteral("minAmount");
        QTest::newRow("too many decimals for US dollars")
            << QStringLiteral("1.005") << QStringLiteral("100.00") << QStringLiteral("minAmount");
        QTest::newRow("a zero minimum")
            << QStringLiteral("0") << QStringLiteral("100.00") << QStringLiteral("minAmount");
        QTest::newRow("a maximum below the minimum")
            << QStringLiteral("50.00") << QStringLiteral("20.00") << QStringLiteral("maxAmount");
        QTest::newRow("valid amounts") << QStringLiteral("5.00") << QStringLiteral("500.00") << QString();
    }

    void amountsAreValidatedAsTyped()
    {
        QFETCH(QString, minimum);
        QFETCH(QString, maximum);
        QFETCH(QString, key);
        ConfigEditor editor(path());
        editor.revert();
        editor.show();
        retype(editor.maxAmountEdit(), maximum);
        retype(editor.minAmountEdit(), minimum);
        if (key.isEmpty()) {
            QCOMPARE(editor.errorText(), QString());
            QVERIFY(editor.saveButton()->isEnabled());
            return;
        }
        QVERIFY2(editor.errorText().startsWith(key + QStringLiteral(": ")), qPrintable(editor.errorText()));
        QVERIFY2(editor.fieldError(key).contains(key), qPrintable(editor.fieldError(key)));
        // People read the field's label too, and the other key the reason names by its label.
        QVERIFY2(editor.fieldError(key).contains(ConfigKeys::find(key)->displayLabel()),
            qPrintable(editor.fieldError(key)));
        QVERIFY(!editor.saveButton()->isEnabled());
        // Fixing the value clears the reason at once.
        retype(editor.maxAmountEdit(), QStringLiteral("1000.00"));
        retype(editor.minAmountEdit(), QStringLiteral("1.00"));
        QCOMPARE(editor.errorText(), QString());
        QCOMPARE(editor.fieldError(key), QString());
    }

    void keysReadAsTheirLabels()
    {
        QCOMPARE(
            ConfigKeys::find(QStringLiteral("maxAmount"))->displayLabel(), QStringLiteral("Maximum amount"));
        QCOMPARE(ConfigKeys::readable(QStringLiteral("maxAmount: must not be below minAmount")),
            QStringLiteral("Maximum amount: must not be below Minimum amount"));
        // A key inside a longer name is left alone.
        QCOMPARE(
            ConfigKeys::readable(QStringLiteral("x.maxAmountValue")), QStringLiteral("x.maxAmountValue"));
    }

    void otherFieldsNameTheirKey()
    {
        ConfigEditor editor(path());
        editor.revert();
        const QStringList brands = editor.allowedBrands()->checkedIds();
        for (const QString& id : brands) {
            editor.allowedBrands()->box(id)->setChecked(false);
        }
        QVERIFY2(
            !editor.fieldError(QStringLiteral("allowedBrands")).isEmpty(), qPrintable(editor.errorText()));
        editor.allowedBrands()->box(QStringLiteral("visa"))->setChecked(true);
        QCOMPARE(editor.errorText(), QString());

        editor.gatewayModeBox()->setCurrentIndex(
            editor.gatewayModeBox()->findData(QStringLiteral("endpoint")));
        QVERIFY2(!editor.fieldError(QStringLiteral("gateway.url")).isEmpty(), qPrintable(editor.errorText()));
        QTest::keyClicks(
            editor.gatewayUrlEdit(), QStringLiteral("https://apitest.authorize.net/xml/v1/request.api"));
        QCOMPARE(editor.fieldError(QStringLiteral("gateway.url")), QString());

        editor.noInputSpin()->setValue(0);
        QVERIFY2(
            !editor.fieldError(QStringLiteral("noInputTimeoutMs")).isEmpty(), qPrintable(editor.errorText()));
    }

    void saveWritesTheFileAndRevertReadsIt()
    {
        ConfigEditor editor(path());
        editor.revert();
        QVERIFY(!editor.isDirty());
        QVERIFY(!editor.saveButton()->isEnabled());
        QSignalSpy saved(&editor, &ConfigEditor::saved);
        editor.currencyBox()->setCurrentIndex(editor.currencyBox()->findData(QStringLiteral("JPY")));
        retype(editor.minAmountEdit(), QStringLiteral("100"));
        retype(editor.maxAmountEdit(), QStringLiteral("50000"));
        QVERIFY(editor.isDirty());
        QVERIFY2(editor.saveButton()->isEnabled(), qPrintable(editor.errorText()));
        QList<ConfigChange> reviewed;
        editor.setReview([&reviewed](const QList<ConfigChange>& changes) {
            reviewed = changes;
            return true;
        });
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(reviewed.size(), 3); // currency, minimum and maximum
        QString why;
        auto onDisk = ConfigReader::fromFile(path(), &why);
        QVERIFY2(onDisk, qPrintable(why));
        QCOMPARE(onDisk->currency, QStringLiteral("JPY"));
        QCOMPARE(onDisk->minAmount, QStringLiteral("100"));
        QVERIFY(!editor.isDirty());

        retype(editor.minAmountEdit(), QStringLiteral("200"));
        QVERIFY(editor.isDirty());
        editor.revert();
        QCOMPARE(editor.minAmountEdit()->text(), QStringLiteral("100"));
        editor.restoreDefaults();
        QCOMPARE(editor.minAmountEdit()->text(), FlowConfig().minAmount);
        QVERIFY(editor.isDirty());
    }

    void gatewayKeyNeverReachesTheFile()
    {
        ConfigEditor editor(path());
        QString stored;
        editor.setSecretStore(
            [&stored](const QString&, const QString& secret, QString*) {
                stored = secret;
                return true;
            },
            QString());
        editor.revert();
        QTest::keyClicks(editor.gatewayKeyEdit(), QStringLiteral("s3cr3tTransKey"));
        retype(editor.minAmountEdit(), QStringLiteral("2.00"));
        QString why;
        QVERIFY2(editor.save(&why), qPrintable(why));
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cr3tTransKey"));
        for (QPushButton* b : editor.findChildren<QPushButton*>()) {
            if (b->text() == QStringLiteral("Store in keychain")) {
                QTest::mouseClick(b, Qt::LeftButton);
            }
        }
        QCOMPARE(stored, QStringLiteral("s3cr3tTransKey"));
        QVERIFY(editor.gatewayKeyEdit()->text().isEmpty());
    }

    void importAndExportRoundTrip()
    {
        ConfigEditor editor(path());
        editor.revert();
        retype(editor.minAmountEdit(), QStringLiteral("3.50"));
        const QString exported = m_dir.filePath(QStringLiteral("exported.json"));
        QString why;
        QVERIFY2(editor.exportFile(exported, &why), qPrintable(why));
        editor.restoreDefaults();
        QVERIFY2(editor.importFile(exported, &why), qPrintable(why));
        QCOMPARE(editor.minAmountEdit()->text(), QStringLiteral("3.50"));

        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"maxDeclines\": \"many\"}");
        f.close();
        QVERIFY(!editor.importFile(bad, &why));
        QVERIFY2(why.contains(QStringLiteral("maxDeclines")), qPrintable(why));
        QCOMPARE(editor.minAmountEdit()->text(), QStringLiteral("3.50"));
    }

    // The editor and the reader accept exactly the same values for every key: a whole number is valid in the
    // form exactly when the reader takes it, and the field cannot hold a value past the reader's maximum; a
    // choice offers exactly the values the reader takes.
    void everyKeyAcceptsExactlyTheReadersRange()
    {
        ConfigEditor editor(path());
        editor.revert();
        int spins = 0;
        for (const ConfigKey& key : ConfigKeys::all()) {
            if (key.type != ConfigValueType::WholeNumber) {
                continue;
            }
            auto* spin = qobject_cast<QSpinBox*>(editor.field(key.name));
            QVERIFY2(spin, qPrintable(key.name));
            QCOMPARE(spin->maximum(), key.maximum);
            QVERIFY2(spin->minimum() <= key.minimum, qPrintable(key.name));
            // The ends are what matter: the field's lowest value, either side of the minimum, the maximum.
            QList<int> values { spin->minimum(), key.minimum - 1, key.minimum, key.minimum + 1,
                key.maximum - 1, key.maximum };
            values.removeIf([spin](int v) { return v < spin->minimum(); });
            for (int v : std::as_const(values)) {
                spin->setValue(v);
                const bool editorAccepts = editor.errorText().isEmpty();
                FlowConfig c;
                QString error;
                const QJsonObject one = key.parent().isEmpty()
                    ? QJsonObject { { key.name, v } }
                    : QJsonObject { { key.parent(), QJsonObject { { key.leaf(), v } } } };
                const bool readerAccepts = ConfigReader::apply(one, c, &error);
                QVERIFY2(editorAccepts == readerAccepts,
                    qPrintable(QStringLiteral("%1 = %2: editor %3, reader %4 (%5)")
                                   .arg(key.name)
                                   .arg(v)
                                   .arg(editorAccepts)
                                   .arg(readerAccepts)
                                   .arg(editor.errorText())));
                // A refusal that names another key is a rule across keys (the duplicate window outlasting the
                // gateway's time-outs), not this key's range.
                const bool rangeAccepts = readerAccepts || !error.startsWith(key.name + u':');
                QCOMPARE(rangeAccepts, v >= key.minimum && v <= key.maximum);
                if (!editorAccepts && !rangeAccepts) {
                    QVERIFY2(!editor.fieldError(key.name).isEmpty(), qPrintable(key.name));
                }
            }
            spin->setValue(key.maximum + 1);
            QCOMPARE(spin->value(), key.maximum);
            editor.revert();
            ++spins;
        }
        QCOMPARE(spins, 10);
        for (const ConfigKey& key : ConfigKeys::all()) {
            if (key.type != ConfigValueType::Choice) {
                continue;
            }
            auto* box = qobject_cast<QComboBox*>(editor.field(key.name));
            QVERIFY2(box, qPrintable(key.name));
            QStringList offered;
            for (int i = 0; i < box->count(); ++i) {
                offered << box->itemData(i).toString();
            }
            QStringList allowed;
            for (const ConfigChoice& choice : key.choices) {
                allowed << choice.value;
            }
            QCOMPARE(offered, allowed);
        }
    }
};

QTEST_MAIN(TestConfigEditor)
#include "tst_configeditor.moc"
