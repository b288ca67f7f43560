namespace Matcher.Core;
internal static class Placeholder { }
