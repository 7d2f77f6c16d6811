#include "admin/role.h"

#include <QTest>

using namespace voicepay;

class TestRole : public QObject
{
    Q_OBJECT

private slots:
    void permissions_data();
    void permissions();
    void names_roundTrip();
};

void TestRole::permissions_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("permission");
    QTest::addColumn<bool>("allowed");
    const auto row = [](const char* name, const char* role, Permission p, bool allowed) {
        QTest::newRow(name) << QString::fromLatin1(role) << int(p) << allowed;
    };
    row("analyst simulates", "analyst", Permission::SimulateCalls, true);
    row("analyst cannot open the editor", "analyst", Permission::EditConfiguration, false);
    row("analyst sees no dashboards", "analyst", Permission::ViewDashboards, false);
    row("analyst cannot export", "analyst", Permission::ExportReports, false);
    row("supervisor watches dashboards", "supervisor", Permission::ViewDashboards, true);
    row("supervisor exports", "supervisor", Permission::ExportReports, true);
    row("supervisor may read the configuration", "supervisor", Permission::ViewConfiguration, true);
    row("supervisor cannot change the configuration", "supervisor", Permission::EditConfiguration, false);
    row("supervisor cannot set credentials", "supervisor", Permission::ManageCredentials, false);
    row("supervisor cannot manage users", "supervisor", Permission::ManageUsers, false);
    row("supervisor does not simulate", "supervisor", Permission::SimulateCalls, false);
    row("admin changes the configuration", "admin", Permission::EditConfiguration, true);
    row("admin sets credentials", "admin", Permission::ManageCredentials, true);
    row("admin manages users", "admin", Permission::ManageUsers, true);
    row("admin reads the audit log", "admin", Permission::ViewAuditLog, true);
    row("supervisor does not read the audit log", "supervisor", Permission::ViewAuditLog, false);
}

void TestRole::permissions()
{
    QFETCH(QString, role);
    QFETCH(int, permission);
    QFETCH(bool, allowed);
    QCOMPARE(roleAllows(*roleFromName(role), Permission(permission)), allowed);
}

void TestRole::names_roundTrip()
{
    for (Role r : { Role::Analyst, Role::Supervisor, Role::Admin }) {
        QCOMPARE(roleFromName(roleName(r)), std::optional<Role>(r));
    }
    QVERIFY(!roleFromName(QStringLiteral("root")));
}

QTEST_GUILESS_MAIN(TestRole)
#include "tst_role.moc"
