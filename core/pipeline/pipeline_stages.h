#pragma once

#include "common/job_control.h"
#include "deploy/deployment_backend.h"
#include "deploy/deployment_preview.h"
#include "load/load.h"
#include "mapping/mapping.h"
#include "profile/proxy_catalogue.h"
#include "trace/trace.h"
#include "workspace.h"

#include <optional>

namespace traceload {

// The pipeline's stages as plain functions of immutable inputs: the batch commands call
// them directly (through Pipeline), the window calls the same ones off the GUI thread.
// Each throws InputError naming file, line and field for bad input, Cancelled when the job
// was cancelled.

// The proxy side: the profile and, when configured, its deployment commands.
struct ProxyInputs
{
    ProxyCatalogue catalogue;
    std::optional<ProxyConfig> config;
};

// The trace window to read: all slots, or only the ones a load replays (what the batch
// commands read, so that a day-long trace costs memory only for the replayed window).
enum class TraceWindow
{
    Whole,
    Replayed
};

TraceReadOptions traceReadOptions(const Workspace& workspace, TraceWindow window);

// Reads the trace; a trace with no function complete in all three files is an error.
Trace readTrace(const Workspace& workspace, TraceWindow window, const JobControl& job = {});

// Reads the profile (checked for the mapping's percentile) and the config, if any.
ProxyInputs readProxies(const Workspace& workspace);

// Maps the trace (or reads the workspace's mapping file), then applies manual overrides;
// measures every entry's relative errors and applies the fallback tolerance.
Mapping mapFunctions(const Workspace& workspace, const Trace& trace, const ProxyInputs& proxies,
                     const JobControl& job = {});

// The load's slots relative to the trace's first kept slot: LoadOptions::offset for a whole
// trace, 0 for a trace read as TraceWindow::Replayed.
LoadOptions loadOptions(const Workspace& workspace, const Trace& trace);

// InputError naming invocations.csv and every length when the trace has fewer slots than
// offset + warm-up + duration.
void checkTraceWindow(const Trace& trace, const LoadOptions& options);

// The services a mapping needs under the workspace's sharing rule.
ServicePlan planWorkspaceServices(const Workspace& workspace, const Mapping& mapping,
                                  const ProxyInputs& proxies);

// The endpoint of every trace function as the workspace's backend names it before anything
// is deployed ("<service>.local", "<service>.dry-run"); nullopt for a backend whose
// endpoints are only known once deployed (knative).
std::optional<std::vector<QString>>
plannedEndpoints(const Workspace& workspace, const Mapping& mapping, const ProxyInputs& proxies);

// Generates the load for the given endpoints (one per trace function); the calls of the
// functions the mapping replaced by trace functions carry their requests.
Load generateLoad(const Workspace& workspace, const Trace& trace, const Mapping& mapping,
                  const std::vector<QString>& endpointOfFunction, const JobControl& job = {});

// The deployment options of the workspace; `message` receives the commands as they run and
// their exit status, `serviceState` each service's state as it changes.
DeployOptions deployOptions(const Workspace& workspace,
                            std::function<void(const QString&)> message = {},
                            ServiceStateSink serviceState = {});

// The commands deployServices() will run for this workspace, in order, before anything runs.
DeploymentPreview previewDeployment(const Workspace& workspace, const Mapping& mapping,
                                    const ProxyInputs& proxies);

// Plans the services and deploys them through the workspace's backend.
Deployment deployServices(const Workspace& workspace, const Mapping& mapping,
                          const ProxyInputs& proxies, const DeployOptions& options,
                          const JobControl& job = {});

} // namespace traceload
