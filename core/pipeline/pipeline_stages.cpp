#include "pipeline_stages.h"

#include "common/input_error.h"
#include "common/text.h"
#include "deploy/local_backend.h"
#include "load/load_generator.h"
#include "mapping/fallback.h"
#include "mapping/mapper.h"
#include "mapping/mapping_overrides.h"
#include "profile/profile_reader.h"

namespace traceload {

TraceReadOptions traceReadOptions(const Workspace& workspace, TraceWindow window)
{
    TraceReadOptions options;
    options.granularity = workspace.granularity;
    options.strict = workspace.strict;
    options.day = workspace.traceDay;
    options.appMemory = workspace.appMemory;
    if (window == TraceWindow::Replayed) {
        options.firstSlot = workspace.load.offset;
        options.slotCount = workspace.load.warmupSlots + workspace.load.durationSlots;
    }
    return options;
}

Trace readTrace(const Workspace& workspace, TraceWindow window, const JobControl& job)
{
    Trace trace = TraceReader::read(workspace.tracePath, traceReadOptions(workspace, window), job);
    if (trace.functions.empty())
        throw InputError(workspace.tracePath, 0, {},
                         Text::tr("no function is complete in all three trace files"));
    return trace;
}

ProxyInputs readProxies(const Workspace& workspace)
{
    ProxyInputs in;
    // The bundled profile's YAML paths resolve inside the bundled resources, matching the
    // bundled config.json's.
    in.catalogue = workspace.profilePath == kBundledProfile
                       ? ProfileReader::bundled()
                       : ProfileReader::read(workspace.profilePath);
    validateForMapping(in.catalogue, workspace.mapping.percentile);
    if (!workspace.configPath.isEmpty())
        in.config = ConfigReader::read(workspace.configPath);
    return in;
}

Mapping mapFunctions(const Workspace& workspace, const Trace& trace, const ProxyInputs& proxies,
                     const JobControl& job)
{
    Mapping mapping = workspace.mappingIn.isEmpty()
                          ? Mapper::map(trace, proxies.catalogue, workspace.mapping, job)
                          : MappingFile::read(workspace.mappingIn, trace, proxies.catalogue,
                                              workspace.mapping.percentile);
    mapping = applyOverrides(std::move(mapping), workspace.overrides, trace, proxies.catalogue);
    measureRelativeErrors(mapping, trace, proxies.catalogue);
    applyFallback(mapping, workspace.mapping.fallbackTolerance);
    return mapping;
}

LoadOptions loadOptions(const Workspace& workspace, const Trace& trace)
{
    LoadOptions options = workspace.load;
    // A trace read from the load's first slot (TraceWindow::Replayed) starts there already.
    options.offset = std::max(0, workspace.load.offset - trace.firstSlot);
    return options;
}

void checkTraceWindow(const Trace& trace, const LoadOptions& options)
{
    LoadGenerator::checkWindow(trace, options);
}

ServicePlan planWorkspaceServices(const Workspace& workspace, const Mapping& mapping,
                                  const ProxyInputs& proxies)
{
    return planServices(mapping, proxies.catalogue, workspace.shareProxies);
}

std::optional<std::vector<QString>>
plannedEndpoints(const Workspace& workspace, const Mapping& mapping, const ProxyInputs& proxies)
{
    ServicePlan plan = planWorkspaceServices(workspace, mapping, proxies);
    if (workspace.backend == u"dry-run")
        return dryRunDeployment(std::move(plan)).endpointOfFunction();
    if (workspace.backend == u"local") {
        Deployment d;
        d.backend = workspace.backend;
        for (const ServiceSpec& spec : plan.services)
            d.serviceEndpoints.push_back(LocalBackend::endpointOf(spec.name));
        d.plan = std::move(plan);
        return d.endpointOfFunction();
    }
    return std::nullopt;
}

Load generateLoad(const Workspace& workspace, const Trace& trace, const Mapping& mapping,
                  const std::vector<QString>& endpointOfFunction, const JobControl& job)
{
    std::vector<bool> traceFunctions;
    traceFunctions.reserve(mapping.entries.size());
    for (const MappingEntry& entry : mapping.entries)
        traceFunctions.push_back(entry.fallback);
    return LoadGenerator::generate(trace, endpointOfFunction, loadOptions(workspace, trace), job,
                                   traceFunctions);
}

DeployOptions deployOptions(const Workspace& workspace, std::function<void(const QString&)> message,
                            ServiceStateSink serviceState)
{
    return DeployOptions(workspace.deploy, std::move(message), std::move(serviceState));
}

DeploymentPreview previewDeployment(const Workspace& workspace, const Mapping& mapping,
                                    const ProxyInputs& proxies)
{
    return previewDeployment(workspace.backend, workspace.deploy,
                             planWorkspaceServices(workspace, mapping, proxies), proxies.catalogue,
                             proxies.config ? &*proxies.config : nullptr);
}

Deployment deployServices(const Workspace& workspace, const Mapping& mapping,
                          const ProxyInputs& proxies, const DeployOptions& options,
                          const JobControl& job)
{
    const ServicePlan plan = planWorkspaceServices(workspace, mapping, proxies);
    const auto backend = createDeploymentBackend(workspace.backend, options);
    if (!backend)
        throw InputError(Text::tr("unknown deployment backend \"%1\"").arg(workspace.backend));
    return backend->deploy(plan, proxies.catalogue, proxies.config ? &*proxies.config : nullptr,
                           job);
}

} // namespace traceload
