<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shared by the encoder stylesheets: keys, the set of linked blocks, the block test.
  XSLT 1.0 and XPath 1.0 only, no extensions, so that libxslt (lxml) and Saxon give the
  same result.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <xsl:key name="id" match="*[@xml:id]" use="@xml:id"/>

  <!-- Every link target, each link padded with spaces: ' #a #b  #c #d '. -->
  <xsl:variable name="linked">
    <xsl:for-each select="/tei:TEI/tei:standOff/tei:linkGrp[@type='translation']/tei:link">
      <xsl:value-of select="concat(' ', normalize-space(@target), ' ')"/>
    </xsl:for-each>
  </xsl:variable>

  <!-- The blocks of the language divisions, in document order. -->
  <xsl:variable name="blocks"
      select="/tei:TEI/tei:text/tei:body/tei:div//*[@xml:id][self::tei:head or self::tei:p or self::tei:salute
              or self::tei:signed or self::tei:dateline or self::tei:note or self::tei:byline
              or self::tei:quote or self::tei:bibl or self::tei:item or self::tei:row]"/>

  <!-- Apply templates (in mode $mode) to the blocks named by a list of '#id' pointers in $lang. -->
  <xsl:template name="targets">
    <xsl:param name="list"/>
    <xsl:param name="lang"/>
    <xsl:param name="mode"/>
    <xsl:variable name="rest" select="normalize-space($list)"/>
    <xsl:if test="$rest">
      <xsl:variable name="head" select="substring-before(concat($rest, ' '), ' ')"/>
      <xsl:variable name="block" select="key('id', substring-after($head, '#'))"/>
      <xsl:if test="$block/ancestor-or-self::*[@xml:lang][1]/@xml:lang = $lang">
        <xsl:choose>
          <xsl:when test="$mode = 'text'"><xsl:apply-templates select="$block" mode="text"/></xsl:when>
          <xsl:when test="$mode = 'id'"><xsl:value-of select="concat($block/@xml:id, ' ')"/></xsl:when>
          <xsl:otherwise><xsl:apply-templates select="$block"/></xsl:otherwise>
        </xsl:choose>
      </xsl:if>
      <xsl:call-template name="targets">
        <xsl:with-param name="list" select="substring-after($rest, ' ')"/>
        <xsl:with-param name="lang" select="$lang"/>
        <xsl:with-param name="mode" select="$mode"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The plain text of a block: lb is a line break, all else its text. -->
  <xsl:template match="*" mode="text"><xsl:apply-templates mode="text"/></xsl:template>
  <xsl:template match="tei:lb" mode="text"><xsl:text>&#10;</xsl:text></xsl:template>
  <!-- A table row's cells are separated by a tab. -->
  <xsl:template match="tei:row" mode="text"><xsl:apply-templates select="tei:cell" mode="text"/></xsl:template>
  <xsl:template match="tei:cell" mode="text">
    <xsl:apply-templates mode="text"/>
    <xsl:if test="following-sibling::tei:cell"><xsl:text>&#9;</xsl:text></xsl:if>
  </xsl:template>
  <xsl:template match="text()" mode="text"><xsl:value-of select="."/></xsl:template>
</xsl:stylesheet>
