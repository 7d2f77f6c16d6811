#pragma once

#include <QStringList>
#include <QTextStream>
#include <functional>

// Each `voicepay-sim` command: takes its own arguments (without the command name) and returns the exit
// status: 0 success, 1 a check or expectation failed, 2 bad arguments or a bad input file.
namespace voicepay::sim {

QTextStream& out();
QTextStream& err();
int usageError(const QString& message);

// One command of the tool; main.cpp holds the table of them.
struct Command
{
    QString name;
    QString usage; // shown by `voicepay-sim --help`
    std::function<int(const QStringList&)> run;
};

int cardCommand(const QStringList& args);
int runCommand(const QStringList& args);
int testCommand(const QStringList& args);
int gatewayCommand(const QStringList& args);
int credentialsCommand(const QStringList& args);
int kpiCommand(const QStringList& args);
int loadCommand(const QStringList& args);
// Before anything else of `voicepay-sim load`: the process executes itself again, once, with glibc asked to
// back its heap with transparent huge pages (GLIBC_TUNABLES=glibc.malloc.hugetlb=1; tunables are read only
// when a program starts). Every block the program allocates is filled (M_PERTURB, see
// core/secure/processhardening.cpp), so each new page of the heap is touched at once: a load run took about
// 10,000 page faults, about a tenth of its CPU time, and takes under 1,000 this way. Returns when the
// environment has it already, or when the exec fails (the load then runs on ordinary pages).
void askForHugePages(char* argv[]);
int promptsetCommand(const QStringList& args);
int usersCommand(const QStringList& args);
int auditCommand(const QStringList& args);
int reconcileCommand(const QStringList& args);
int sayCommand(const QStringList& args);
int wallboardCommand(const QStringList& args);
int configCommand(const QStringList& args);
int flowCommand(const QStringList& args);

} // namespace voicepay::sim
