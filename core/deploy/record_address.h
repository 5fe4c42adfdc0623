#pragma once

#include "load/load.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace traceload {

// Where to dial a load when no address was given: a load made with the local backend
// names endpoints that only its emulator serves, so a deployment record that serves every
// endpoint of the load through one address gives that address.
struct RecordAddress
{
    QString buildDir;  // where the record was found
    QString connectTo; // HOST:PORT
    QString backend;   // the record's backend ("local" for the emulator)
    qint64 emulatorPid = 0;
    bool emulatorGone = false; // local: the recorded emulator is not running (idle exit)
};

// The load `invoke` replays when -traceFile is not given: load.json in the working
// directory (the seed invoker's default), else invoker/load.json when that exists (where
// `loadgen` writes by default), so the defaults of the two commands meet.
QString defaultLoadPath();

// The build folders `invoke` looks in when -b is not given, in this order: the default
// build folder in the working directory, next to the load file and in the folder above
// it. `loadgen` run from a folder writes invoker/load.json and deploys into
// ./traceload-deploy; the seed's habit is to `cd invoker` before invoking, and both ways
// find the deployment. Absolute, without repeats.
QStringList buildDirCandidates(const QString& loadPath);

// The first of buildDirs whose record serves every endpoint of the load through one
// address; nullopt when there is no record, it names no address or some endpoint is not
// among its services. Throws InputError for a malformed record.
std::optional<RecordAddress> findRecordAddress(const QStringList& buildDirs, const Load& load);

// True when the load names endpoints of a local deployment (`<service>.local`), which
// only its emulator serves: dialled by name they fail to resolve.
bool namesLocalEndpoints(const Load& load);

} // namespace traceload
