#pragma once

#include "bundled_inputs.h"
#include "deploy/deployment_backend.h"
#include "load/load_generator.h"
#include "mapping/mapping.h"
#include "trace/trace_reader.h"

#include <QString>
#include <QStringList>
#include <map>

namespace traceload {

// Every input path and option of the pipeline: what the window edits, what a `.traceload`
// file stores and what `--batch` commands run (`loadgen --workspace FILE`).
struct Workspace
{
    // Inputs. An empty configPath means no pre/post-deployment commands.
    QString tracePath = kBundledTrace;
    QString profilePath = kBundledProfile;
    QString configPath = kBundledConfig;
    Granularity granularity = Granularity::Minute;
    bool strict = false; // malformed trace rows are errors
    int traceDay = 0;    // day of a folder in the release layout (0: pre-cut, or the only day)
    AppMemoryRule appMemory = AppMemoryRule::Split;

    // Mapping: computed, or read from mappingIn (functions it lacks are mapped nearest);
    // then the manual overrides (trace id -> proxy name) replace single entries.
    MappingOptions mapping;
    QString mappingIn;
    std::map<QString, QString> overrides;

    // Load: distribution, seed, shift, offset (slots into the trace), warm-up, duration; or
    // a load.json made elsewhere (loadIn), replayed as it is.
    LoadOptions load;
    QString loadIn;

    // Deployment: the backend ("local", "knative", "dry-run"), one service per trace
    // function or per proxy, and the flags of `--batch deploy`.
    QString backend = QStringLiteral("local");
    bool shareProxies = false;
    DeploySettings deploy;

    // Run.
    double speedup = 1.0;
    int grpcTimeoutMs = 30'000;
    QStringList thresholds;
    QString outDir; // empty: runs/<date>-<time>

    // Reads a `.traceload` file. Relative paths in it are relative to the file's folder.
    // Throws InputError naming the file and the JSON path of a bad value.
    static Workspace read(const QString& path);
    // Writes atomically; paths inside the file's folder are stored relative to it, so a
    // workspace and its inputs can move together.
    void write(const QString& path) const;

    bool operator==(const Workspace&) const = default;
};

} // namespace traceload
