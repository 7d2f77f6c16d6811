#include "admin/adminschema.h"
#include "admin/confighistory.h"
#include "config/brandlistwidget.h"
#include "config/configchangelist.h"
#include "config/configeditor.h"
#include "config/confighistorydialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace voicepay;
using namespace voicepay::ui;

// Saving the configuration: the changes are reviewed before the password, every reason shows at once without
// moving the form, and every saved version is kept, compared and rolled back to.
class TestConfigSave : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("flow.json")); }
    QStringList m_steps; // what the editor asked, in order
    QList<QPair<QString, QString>> m_records; // action, result
    bool m_confirm = true;

    void hook(ConfigEditor& editor)
    {
        editor.setActionGate(
            [this](const QString& action, const QJsonObject&) {
                m_steps << QStringLiteral("password:") + action;
                return m_confirm;
            },
            [this](const QString& action, const QJsonObject&, const QString& result) {
                m_records.append({ action, result });
                return true;
            });
        editor.setReview([this](const QList<ConfigChange>& changes) {
            m_steps << QStringLiteral("review:%1").arg(changes.size());
            return m_confirm;
        });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QFile::remove(path());
        m_steps.clear();
        m_records.clear();
        m_confirm = true;
    }

    void changesAreReviewedBeforeThePassword()
    {
        ConfigEditor editor(path());
        editor.revert();
        hook(editor);
        editor.maxAmountEdit()->setText(QStringLiteral("321.00"));
        editor.noInputSpin()->setValue(7000);
        const QList<ConfigChange> pending = editor.pendingChanges();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.first().label, QStringLiteral("Maximum amount"));
        QCOMPARE(pending.first().beforeText, QStringLiteral("10000.00"));
        QCOMPARE(pending.first().afterText, QStringLiteral("321.00"));

        m_confirm = false; // stopped at the review: no password asked, nothing written or recorded
        QString why;
        QVERIFY(!editor.requestSave(&why));
        QCOMPARE(m_steps, QStringList { QStringLiteral("review:2") });
        QVERIFY(m_records.isEmpty());
        QVERIFY(!QFile::exists(path()));

        m_confirm = true;
        m_steps.clear();
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QCOMPARE(
            m_steps, QStringList({ QStringLiteral("review:2"), QStringLiteral("password:config_changed") }));
        QVERIFY(QFile::exists(path()));
        QVERIFY(!editor.isDirty());
    }

    void theReviewDialogShowsOldAndNew()
    {
        ConfigEditor editor(path());
        editor.revert();
        editor.maxAmountEdit()->setText(QStringLiteral("321.00"));
        QStringList rows;
        QTimer::singleShot(0, this, [&rows] {
            QWidget* dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            auto* list = dialog->findChild<ConfigChangeList*>();
            QVERIFY(list);
            for (int i = 0; i < list->topLevelItemCount(); ++i) {
                const QTreeWidgetItem* item = list->topLevelItem(i);
                rows << item->text(0) + u'|' + item->text(1) + u'|' + item->text(2);
            }
            QMetaObject::invokeMethod(dialog, "reject");
        });
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QCOMPARE(rows, QStringList { QStringLiteral("Maximum amount|10000.00|321.00") });
        QVERIFY(!QFile::exists(path())); // cancelled
    }

    void everyReasonShowsAtOnceAndTheFormStays()
    {
        ConfigEditor editor(path());
        editor.revert();
        editor.resize(1000, 700);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QWidget* below = editor.gatewayUrlEdit();
        const QPoint before = below->mapTo(&editor, QPoint());
        editor.minAmountEdit()->setText(QStringLiteral("0"));
        editor.noInputSpin()->setValue(0);
        for (const QString& id : editor.allowedBrands()->checkedIds()) {
            editor.allowedBrands()->box(id)->setChecked(false);
        }
        QCoreApplication::processEvents();
        QCOMPARE(editor.errors().size(), 3);
        for (const char* key : { "minAmount", "noInputTimeoutMs", "allowedBrands" }) {
            QVERIFY2(!editor.fieldError(QLatin1String(key)).isEmpty(), key);
        }
        QVERIFY(!editor.saveButton()->isEnabled());
        QCOMPARE(below->mapTo(&editor, QPoint()), before);
        auto* banner = editor.findChild<QLabel*>(QStringLiteral("configBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("Minimum amount")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("Allowed brands")), qPrintable(banner->text()));
    }

    void everyVersionIsKeptComparedAndRolledBack()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("history"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("admin.db")));
        QVERIFY(db.open());
        QString why;
        QVERIFY2(AdminSchema::migrate(db, &why), qPrintable(why));
        ConfigHistory history(db);
        qint64 now = 1'700'000'000'000;
        {
            ConfigEditor editor(path());
            editor.revert();
            hook(editor);
            editor.setHistory(&history, QStringLiteral("ann"), [&now] { return now; });
            QVERIFY(!editor.historyButton()->isHidden());
            editor.maxAmountEdit()->setText(QStringLiteral("321.00"));
            QVERIFY2(editor.requestSave(&why), qPrintable(why));
            now += 60'000;
            editor.noInputSpin()->setValue(7000);
            QVERIFY2(editor.requestSave(&why), qPrintable(why));

            QList<ConfigVersion> versions;
            QVERIFY2(history.versions(&versions, &why), qPrintable(why));
            QCOMPARE(versions.size(), 3); // the file as it was, then both saves
            QCOMPARE(versions.last().kind, QStringLiteral("initial"));
            QCOMPARE(versions.first().actor, QStringLiteral("ann"));
            QCOMPARE(versions.first().atMs, now);
            QCOMPARE(versions.first().config.noInputTimeoutMs, 7000);

            ConfigHistoryDialog dialog(history, &editor);
            QCOMPARE(dialog.versionTable()->rowCount(), 3);
            // One version: what it changed; two: the changes between them.
            dialog.select({ versions.first().id });
            QCOMPARE(dialog.changeList()->changes().size(), 1);
            QCOMPARE(dialog.changeList()->changes().first().key, QStringLiteral("noInputTimeoutMs"));
            dialog.select({ versions.last().id, versions.first().id });
            QCOMPARE(dialog.changeList()->changes().size(), 2);

            // Refused at the password: nothing changes.
            m_confirm = false;
            dialog.select({ versions.last().id });
            QVERIFY(!dialog.rollBackSelected(&why));
            QCOMPARE(history.count(), 3);
            m_confirm = true;
            m_steps.clear();
            m_records.clear();
            dialog.select({ versions.last().id });
            QVERIFY2(dialog.rollBackSelected(&why), qPrintable(why));
            QCOMPARE(m_steps, QStringList { QStringLiteral("password:config_rolled_back") });
            QCOMPARE(m_records.size(), 1);
            QCOMPARE(m_records.first().first, QStringLiteral("config_rolled_back"));
            QCOMPARE(m_records.first().second, QStringLiteral("ok"));
            QCOMPARE(editor.maxAmountEdit()->text(), FlowConfig().maxAmount);
            QVERIFY(!editor.isDirty());
            const auto onDisk = ConfigReader::fromFile(path(), &why);
            QVERIFY2(onDisk, qPrintable(why));
            QCOMPARE(onDisk->toJson(), FlowConfig().toJson());
            QVERIFY2(history.versions(&versions, &why), qPrintable(why));
            QCOMPARE(versions.size(), 4);
            QCOMPARE(versions.first().kind, QStringLiteral("rolled_back"));
            QCOMPARE(versions.first().fromId, versions.last().id);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("history"));
    }
};

QTEST_MAIN(TestConfigSave)
#include "tst_configsave.moc"
