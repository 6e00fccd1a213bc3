// Starts Swagger UI on the document named by #swagger-ui's data-document, and marks every
// operation that carries Planned's x-planned extension with a "planned" badge (and its release)
// next to its path, so that what is not built yet shows without opening anything.
(function () {
  "use strict";

  function PlannedBadgePlugin(system) {
    var h = system.React.createElement;
    return {
      wrapComponents: {
        OperationSummaryPath: function (Original, system) {
          return function (props) {
            // read from the document as served: Swagger UI resolves an operation (and so fills
            // operationProps' "op") only once it is expanded, and the badge shows before that
            var operation = props.operationProps;
            var plan = operation && system.specSelectors.specJson()
              .getIn(["paths", operation.get("path"), operation.get("method"), "x-planned"]);
            if (!plan) {
              return h(Original, props);
            }
            var release = plan.get("release");
            return h("span", { className: "planned-path" },
              h(Original, props),
              h("span", { className: "planned-badge", title: plan.get("message") },
                release ? "planned for " + release : "planned"));
          };
        }
      }
    };
  }

  window.addEventListener("load", function () {
    var root = document.getElementById("swagger-ui");
    window.ui = SwaggerUIBundle({
      url: root.getAttribute("data-document"),
      domNode: root,
      deepLinking: true,
      showExtensions: true,
      // no badge fetched from an online validator: the page talks to this server only
      validatorUrl: null,
      presets: [SwaggerUIBundle.presets.apis],
      plugins: [PlannedBadgePlugin],
      layout: "BaseLayout"
    });
  });
})();
