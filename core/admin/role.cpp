#include "role.h"

namespace voicepay {

QString roleName(Role role)
{
    switch (role) {
    case Role::Analyst:
        return QStringLiteral("analyst");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QString();
}

std::optional<Role> roleFromName(const QString& name)
{
    for (Role r : { Role::Analyst, Role::Supervisor, Role::Admin }) {
        if (roleName(r) == name) {
            return r;
        }
    }
    return std::nullopt;
}

bool roleAllows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::SimulateCalls:
        return role == Role::Analyst || role == Role::Admin;
    case Permission::ViewDashboards:
    case Permission::ExportReports:
        return role == Role::Supervisor || role == Role::Admin;
    case Permission::ViewConfiguration:
        return true;
    case Permission::EditConfiguration:
    case Permission::ManageCredentials:
    case Permission::ManageUsers:
    case Permission::ViewAuditLog:
        return role == Role::Admin;
    }
    return false;
}

} // namespace voicepay
