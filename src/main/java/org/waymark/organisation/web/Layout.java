package org.waymark.organisation.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.organisation.NavigationItem;
import org.waymark.organisation.Navigation;

/** What the layout needs on every page: who is signed in and their navigation. */
@ControllerAdvice
class Layout {

    private final List<Navigation> contributions;

    Layout(List<Navigation> contributions) {
        this.contributions = contributions;
    }

    @ModelAttribute("currentUser")
    SignedInUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedInUser user ? user : null;
    }

    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(jakarta.servlet.http.HttpServletRequest request) {
        SignedInUser user = currentUser();
        List<NavigationItem> items = new ArrayList<>();
        if (user == null || request.getRequestURI().startsWith("/api/")) {
            return items;
        }
        items.add(new NavigationItem(0, "Home", "/"));
        for (Navigation n : contributions) {
            items.addAll(n.itemsFor(user));
        }
        if (user.role() == Role.LA_ADMIN) {
            items.add(new NavigationItem(90, "Users", "/users"));
        }
        items.sort(java.util.Comparator.comparingInt(NavigationItem::order));
        return items;
    }
}
