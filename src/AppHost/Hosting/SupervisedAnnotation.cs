using Aspire.Hosting.ApplicationModel;

namespace GiaLaiIct.AppHost.Hosting;

/// <summary>Marks a process of the platform: the host restarts it when it crashes and shows its output behind its name.</summary>
public sealed class SupervisedAnnotation : IResourceAnnotation;
