#pragma once

#include <QString>
#include <optional>

namespace voicepay {

// Who works with the console: analysts simulate calls, supervisors watch and export KPIs, admins change the
// configuration, the gateway credentials and the user accounts.
enum class Role { Analyst, Supervisor, Admin };

enum class Permission {
    SimulateCalls,
    ViewDashboards,
    ExportReports,
    ViewConfiguration,
    EditConfiguration,
    ManageCredentials,
    ManageUsers,
    ViewAuditLog,
};

QString roleName(Role role); // "analyst", "supervisor", "admin"
std::optional<Role> roleFromName(const QString& name);
bool roleAllows(Role role, Permission permission);

} // namespace voicepay
