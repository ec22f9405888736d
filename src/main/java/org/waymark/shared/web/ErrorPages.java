package org.waymark.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container sends here (unknown paths, errors raised outside controllers):
 * problem+json under /api, a GOV.UK error page elsewhere, never a stack trace.
 */
@Controller
public class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        HttpStatus http = HttpStatus.resolve(status);
        if (http == null) {
            http = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            String detail = switch (status) {
                case 404 -> "There is nothing at this address.";
                case 401 -> "Send a personal API token as 'Authorization: Bearer <token>'.";
                case 403 -> "Your role may not do this.";
                default -> status >= 500 ? "Something went wrong." : http.getReasonPhrase();
            };
            return ApiProblems.problem(http, http.getReasonPhrase(), detail, Map.of());
        }
        String view = switch (status) {
            case 404 -> "error/not-found";
            case 403 -> "error/forbidden";
            default -> status >= 500 ? "error/problem" : "error/invalid";
        };
        response.setStatus(status);
        ModelAndView mav = new ModelAndView(view);
        mav.setStatus(http);
        return mav;
    }
}
