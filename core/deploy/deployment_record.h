#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace traceload {

// One service a deployment created (or tried to create).
struct DeployedService
{
    QString name;           // the service name (Knative metadata.name)
    QString proxy;          // the proxy function it copies
    QString endpoint;       // host name the invoker calls; empty until known
    bool applied = false;   // its deployment command ran (it may exist even when that failed)
    bool ready = false;     // reported Ready (knative) / served by the running emulator (local)
    QString reason;         // why it is not ready, when known
    int traceFunctions = 0; // trace functions served by it
};

// <build>/deployment.json: what a deployment started, so that `teardown` removes exactly
// that and `invoke` knows where to connect. Written before anything is started (status
// "deploying", every planned service listed), updated as the deployment goes, and kept
// when it fails (status "failed") so that whatever did start can still be torn down.
//
//   {"version": 1, "backend": "knative", "status": "ready", "error": "",
//    "created": "2024-...Z", "connect_to": "",
//    "services": [{"name", "proxy", "endpoint", "applied", "ready", "reason",
//                  "trace_functions"}...],
//    "files": ["<service>.yaml", ...],          (generated files, relative to the folder)
//    "pre_deployment_commands": ["kubectl apply -f ./yamls/x/database.yaml", ...],
//    "emulator_pid": N, "emulator_port": N, "emulator_start_ticks": N,
//    "emulator_program": "/path/traceload-function"}           (local backend only)
struct DeploymentRecord
{
    QString backend;   // "dry-run", "local", "knative"
    QString status;    // "deploying", "ready", "failed", "cancelled"
    QString error;     // why it failed
    QString created;   // ISO 8601, UTC
    QString connectTo; // "127.0.0.1:PORT" for local, else empty
    std::vector<DeployedService> services;
    QStringList files; // files this tool generated in the build folder (relative paths)
    // Pre-deployment commands that ran (knative): what they created (databases) is not
    // removed by teardown, so it is worth saying.
    QStringList preDeploymentCommands;

    // local backend: the detached emulator process
    qint64 emulatorPid = 0;
    int emulatorPort = 0;
    qint64 emulatorStartTicks = 0; // /proc/<pid>/stat start time, guards against pid reuse
    QString emulatorProgram;

    QStringList readyServices() const;
    QStringList notReadyServices() const;

    static QString fileName() { return QStringLiteral("deployment.json"); }
    static QString pathIn(const QString& buildDir);
    // nullopt when the folder holds no record; InputError naming the file and key when the
    // record is malformed.
    static std::optional<DeploymentRecord> read(const QString& buildDir);
    void write(const QString& buildDir) const; // atomic
    static void remove(const QString& buildDir);

    QByteArray toJson() const;
    static DeploymentRecord fromJson(const QByteArray& json, const QString& sourceName);
};

} // namespace traceload
